package io.parcours.lead;

import io.parcours.common.Instants;
import io.parcours.common.Keyset;
import io.parcours.common.LeadAccess;
import io.parcours.common.Page;
import io.parcours.common.Replica;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class LeadQueries {

  static final Map<String, Keyset.Field<Lead>> SORTS =
      Map.of(
          "createdAt", new Keyset.Field<>("createdAt", Instant::parse, l -> l.createdAt),
          "updatedAt", new Keyset.Field<>("updatedAt", Instant::parse, l -> l.updatedAt),
          "stageEnteredAt",
              new Keyset.Field<>("stageEnteredAt", Instant::parse, l -> l.stageEnteredAt),
          "score", new Keyset.Field<>("score", Integer::valueOf, l -> l.score),
          "email", new Keyset.Field<>("lower(email)", v -> v, l -> l.email.toLowerCase()));

  private LeadQueries() {}

  /** A page of the search, read where lagging reads go: a just-written lead may be missing. */
  static Page<LeadView> search(
      Replica replica,
      LeadFilter f,
      Optional<UUID> ownerScope,
      String sort,
      String cursor,
      int limit) {
    Keyset<Lead> keyset = Keyset.of(sort, SORTS, l -> l.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    filter(f, ownerScope, where, params);
    keyset.after(cursor, where, params);
    String hql =
        "from Lead"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    return replica.read(
        db -> {
          var query = db.createQuery(hql, Lead.class).setMaxResults(limit + 1);
          params.forEach(query::setParameter);
          return Page.of(query.getResultList(), limit, keyset::cursorOf, LeadView::from);
        });
  }

  /** The conditions of a filter, as HQL on Lead, for the list and the export alike. */
  public static void filter(
      LeadFilter f, Optional<UUID> ownerScope, List<String> where, Map<String, Object> params) {
    LeadAccess.hql(ownerScope, "ownerId", "me")
        .ifPresent(
            a -> {
              where.add(a.condition());
              params.put("me", a.owner());
            });
    if (f.stages != null && !f.stages.isEmpty()) {
      where.add("stage in :stages");
      params.put("stages", f.stages);
    }
    if (f.personaId != null) {
      where.add("persona.id = :persona");
      params.put("persona", f.personaId);
    }
    if (f.ownerId != null) {
      where.add("ownerId = :owner");
      params.put("owner", f.ownerId);
    }
    if (f.sourceChannel != null) {
      where.add("source.channel = :channel");
      params.put("channel", f.sourceChannel);
    }
    if (f.campaign != null) {
      where.add("source.campaign = :campaign");
      params.put("campaign", f.campaign);
    }
    if (f.tag != null) {
      where.add("array_contains(tags, :tag)");
      params.put("tag", f.tag);
    }
    Boolean referred = f.referred();
    if (referred != null) {
      where.add(referred ? "referredBy is not null" : "referredBy is null");
    }
    if (f.referredBy != null) {
      where.add("referredBy = :referredBy");
      params.put("referredBy", f.referredBy);
    }
    between(where, params, "updatedAt", "updatedSince", f.updatedSince, null, null);
    between(where, params, "createdAt", "createdFrom", f.createdFrom, "createdTo", f.createdTo);
    between(
        where,
        params,
        "stageEnteredAt",
        "stageEnteredFrom",
        f.stageEnteredFrom,
        "stageEnteredTo",
        f.stageEnteredTo);
    if (f.q != null && !f.q.isBlank()) {
      int i = 0;
      for (String word : f.q.strip().toLowerCase().split("\\s+")) {
        String p = "q" + i++;
        where.add(
            "(lower(email) like :"
                + p
                + " escape '\\' or lower(firstName) like :"
                + p
                + " escape '\\' or lower(lastName) like :"
                + p
                + " escape '\\' or lower(company) like :"
                + p
                + " escape '\\')");
        params.put(
            p, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
  }

  /** A time range on one field: from inclusive, to exclusive, each optional. */
  private static void between(
      List<String> where,
      Map<String, Object> params,
      String field,
      String fromName,
      Instant from,
      String toName,
      Instant to) {
    if (from != null) {
      where.add(field + " >= :" + fromName);
      params.put(fromName, Instants.parameter(fromName, from));
    }
    if (to != null) {
      where.add(field + " < :" + toName);
      params.put(toName, Instants.parameter(toName, to));
    }
  }
}
