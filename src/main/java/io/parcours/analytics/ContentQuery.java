package io.parcours.analytics;

import io.parcours.common.Replica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Per item, the leads that received it in the period and those that advanced within N days. Reads
 * the assignment counters (by day, item and days until the lead advanced), less the second and
 * later assignments of the few leads that received an item more than once, so that each lead counts
 * once; filter combinations outside the counters read the assignments of the matching leads.
 */
@ApplicationScoped
class ContentQuery {

  @Inject Replica replica;

  ContentReport report(Scope scope, int withinDays) {
    List<Object> params = new ArrayList<>();
    String counts =
        Scope.SINGLE_FILTERS.contains(scope.dims())
            ? fromCounters(scope, withinDays, params)
            : fromAssignments(scope, withinDays, params);
    String sql =
        "select c.id, c.title, x.received, x.advanced from ("
            + counts
            + ") x join content_item c on c.id = x.content_id where x.received > 0"
            + " order by x.received desc, c.title, c.id";
    return new ContentReport(
        scope.from(),
        scope.to(),
        withinDays,
        replica.query(
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

  private static String fromCounters(Scope scope, int withinDays, List<Object> params) {
    params.addAll(List.of(withinDays, scope.dims(), scope.from(), scope.to()));
    String rollupFilter = scope.leadFilter(params);
    params.addAll(List.of(scope.from(), scope.to()));
    String deltaFilter = scope.leadFilter(params);
    params.addAll(List.of(withinDays, scope.from(), scope.to().plusDays(1)));
    String repeatFilter = scope.leadTableFilter(params);
    return "with counted as (select content_id, sum(assignments) as received,"
        + "  coalesce(sum(assignments) filter (where lag <= ?), 0) as advanced from ("
        + "  select content_id, lag, assignments from analytics_content"
        + "  where dims = ? and day between ? and ?"
        + rollupFilter
        + "  union all select content_id, lag, assignments from analytics_content_delta"
        + "  where day between ? and ?"
        + deltaFilter
        + " ) u group by content_id),"
        // a lead that received the item k times in the period counts k - 1 times too many
        + " repeated as (select content_id, sum(k - 1) as received, sum(kn - least(kn, 1))"
        + "  as advanced from (select a.content_id, count(*) as k,"
        + "   count(*) filter (where analytics_lag(a.assigned_at, a.converted_at) <= ?) as kn"
        + "  from analytics_content_repeat r"
        + "  join content_assignment a on a.lead_id = r.lead_id and a.content_id = r.content_id"
        + "  join lead l on l.id = a.lead_id"
        + "  where a.assigned_at >= (?::date at time zone 'UTC')"
        + "  and a.assigned_at < (?::date at time zone 'UTC')"
        + repeatFilter
        + "  group by a.lead_id, a.content_id having count(*) > 1) y group by content_id)"
        + " select c.content_id, c.received - coalesce(r.received, 0) as received,"
        + " c.advanced - coalesce(r.advanced, 0) as advanced"
        + " from counted c left join repeated r on r.content_id = c.content_id";
  }

  private static String fromAssignments(Scope scope, int withinDays, List<Object> params) {
    params.addAll(List.of(withinDays, scope.from(), scope.to().plusDays(1)));
    String filter = scope.leadTableFilter(params);
    return "select a.content_id, count(distinct a.lead_id) as received,"
        + " count(distinct a.lead_id) filter (where"
        + "  analytics_lag(a.assigned_at, a.converted_at) <= ?) as advanced"
        + " from content_assignment a join lead l on l.id = a.lead_id"
        + " where a.assigned_at >= (?::date at time zone 'UTC')"
        + " and a.assigned_at < (?::date at time zone 'UTC')"
        + filter
        + " group by a.content_id";
  }
}
