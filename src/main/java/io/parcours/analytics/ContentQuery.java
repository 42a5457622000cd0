package io.parcours.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the assignments of the period directly: their converted_at (set when the lead advances out
 * of the stage it received the item in) tells whether the lead advanced, and how soon.
 */
@ApplicationScoped
class ContentQuery {

  @Inject EntityManager em;

  ContentReport report(Scope scope, int withinDays) {
    List<Object> params =
        new ArrayList<>(List.of(withinDays, scope.from(), scope.to().plusDays(1)));
    String filter = scope.leadTableFilter(params);
    String sql =
        "select a.content_id, c.title, a.received, a.advanced from ("
            + " select a.content_id, count(distinct a.lead_id) as received,"
            + "  count(distinct a.lead_id) filter (where a.converted_at"
            + "   <= a.assigned_at + make_interval(days => ?)) as advanced"
            + " from content_assignment a"
            + (filter.isEmpty() ? "" : " join lead l on l.id = a.lead_id")
            + " where a.assigned_at >= (?::date at time zone 'UTC')"
            + " and a.assigned_at < (?::date at time zone 'UTC')"
            + filter
            + " group by a.content_id) a join content_item c on c.id = a.content_id"
            + " order by a.received desc, c.title, a.content_id";
    return new ContentReport(
        scope.from(),
        scope.to(),
        withinDays,
        Sql.query(
            em,
            sql,
            params,
            rs ->
                new ContentReport.Item(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    Ratios.rate(rs.getLong(4), rs.getLong(3)))));
  }
}
