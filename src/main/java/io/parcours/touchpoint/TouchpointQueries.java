package io.parcours.touchpoint;

import io.parcours.common.Instants;
import io.parcours.common.Keyset;
import io.parcours.common.LeadAccess;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The search of touchpoints across leads, by the time they happened, with a cursor. */
final class TouchpointQueries {

  static final Map<String, Keyset.Field<Touchpoint>> SORTS =
      Map.of("occurredAt", new Keyset.Field<>("occurredAt", Instant::parse, t -> t.occurredAt));

  /** At most this many values of one list filter, so that a query stays a query. */
  static final int MAX_VALUES = 20;

  private TouchpointQueries() {}

  static Page<TouchpointView> search(
      TouchpointFilter f, Optional<UUID> ownerScope, String sort, String cursor, int limit) {
    Keyset<Touchpoint> keyset = Keyset.of(sort, SORTS, t -> t.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    // The lead's owner decides, as on the lead itself: a salesperson sees the touchpoints of his
    // leads and of the unassigned ones.
    LeadAccess.hql(ownerScope, "l.ownerId", "me")
        .ifPresent(
            a -> {
              where.add(
                  "exists (select 1 from Lead l where l.id = leadId and " + a.condition() + ")");
              params.put("me", a.owner());
            });
    if (f.leadId != null) {
      where.add("leadId = :lead");
      params.put("lead", f.leadId);
    }
    if (f.types != null && !f.types.isEmpty()) {
      where.add("type in :types");
      params.put("types", bounded("type", f.types));
    }
    if (f.channels != null && !f.channels.isEmpty()) {
      where.add("channel in :channels");
      params.put("channels", bounded("channel", f.channels));
    }
    if (f.occurredFrom != null) {
      where.add("occurredAt >= :from");
      params.put("from", Instants.parameter("occurredFrom", f.occurredFrom));
    }
    if (f.occurredTo != null) {
      where.add("occurredAt < :to");
      params.put("to", Instants.parameter("occurredTo", f.occurredTo));
    }
    keyset.after(cursor, where, params);
    String hql =
        "from Touchpoint"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<Touchpoint> rows = Touchpoint.<Touchpoint>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, TouchpointView::from);
  }

  private static <T> List<T> bounded(String parameter, List<T> values) {
    if (values.size() > MAX_VALUES) {
      throw Problem.badRequest("At most " + MAX_VALUES + " values of " + parameter)
          .with("parameter", parameter);
    }
    return values;
  }
}
