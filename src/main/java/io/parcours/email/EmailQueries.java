package io.parcours.email;

import io.parcours.common.Instants;
import io.parcours.common.Keyset;
import io.parcours.common.LeadAccess;
import io.parcours.common.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class EmailQueries {

  static final Map<String, Keyset.Field<OutboxEmail>> SORTS =
      Map.of(
          "createdAt", new Keyset.Field<>("createdAt", Instant::parse, e -> e.createdAt),
          "dueAt", new Keyset.Field<>("dueAt", Instant::parse, e -> e.dueAt));

  private EmailQueries() {}

  static Page<EmailView> search(
      EmailFilter f, Optional<UUID> ownerScope, String sort, String cursor, int limit) {
    Keyset<OutboxEmail> keyset = Keyset.of(sort, SORTS, e -> e.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    LeadAccess.hql(ownerScope, "l.ownerId", "me")
        .ifPresent(
            a -> {
              where.add("leadId in (select l.id from Lead l where " + a.condition() + ")");
              params.put("me", a.owner());
            });
    if (f.statuses != null && !f.statuses.isEmpty()) {
      where.add("status in :statuses");
      params.put("statuses", f.statuses);
    }
    if (f.leadId != null) {
      where.add("leadId = :lead");
      params.put("lead", f.leadId);
    }
    if (f.journeyId != null) {
      where.add("journeyId = :journey");
      params.put("journey", f.journeyId);
    }
    if (f.from != null) {
      where.add("dueAt >= :from");
      params.put("from", Instants.parameter("from", f.from));
    }
    if (f.to != null) {
      where.add("dueAt < :to");
      params.put("to", Instants.parameter("to", f.to));
    }
    keyset.after(cursor, where, params);
    String hql =
        "from OutboxEmail"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<OutboxEmail> rows = OutboxEmail.<OutboxEmail>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, EmailView::from);
  }
}
