package io.parcours.analytics;

import io.parcours.common.Replica;
import io.parcours.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts each variant's leads, since the start from the counters the assignments' trigger keeps,
 * for a period from the assignments themselves; then compares them.
 */
@ApplicationScoped
class AbTestQuery {

  @Inject Replica replica;
  @Inject Settings settings;

  /** A null scope period means since the start of each test. */
  AbTestReport report(Scope scope) {
    List<Object> params = new ArrayList<>();
    String sql = scope.from() == null ? sinceStart(scope, params) : inPeriod(scope, params);
    Map<String, List<AbTestReport.Variant>> groups = new LinkedHashMap<>();
    replica.query(
        sql,
        params,
        rs ->
            groups
                .computeIfAbsent(rs.getString(1), g -> new ArrayList<>())
                .add(
                    new AbTestReport.Variant(
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        Ratios.rate(rs.getLong(5), rs.getLong(4)))));
    List<AbTestReport.Group> results = new ArrayList<>();
    groups.forEach(
        (group, variants) ->
            results.add(
                AbTests.compare(
                    group,
                    variants,
                    settings.abMinimumDetectableEffect(),
                    settings.abAlpha(),
                    settings.abPower())));
    return new AbTestReport(settings.abMinimumDetectableEffect(), results);
  }

  /** All time: the counters per item, and the changes not folded into them yet. */
  private static String sinceStart(Scope scope, List<Object> params) {
    String rollupFilter = scope.leadFilter(params);
    String deltaFilter = scope.leadFilter(params);
    return "select c.variant_group, c.id, c.title, coalesce(sum(v.received), 0),"
        + " coalesce(sum(v.converted), 0)"
        + " from content_item c left join lateral ("
        + "  select received, converted from analytics_variant"
        + "  where content_id = c.id"
        + rollupFilter
        + "  union all select received, converted from analytics_variant_delta"
        + "  where content_id = c.id"
        + deltaFilter
        + " ) v on true"
        + " where c.variant_group is not null"
        + " group by c.variant_group, c.id, c.title, c.created_at"
        + " order by c.variant_group, c.created_at, c.id";
  }

  /** A period: the assignments made in it. */
  private static String inPeriod(Scope scope, List<Object> params) {
    String filter = scope.leadTableFilter(params);
    params.addAll(List.of(scope.from(), scope.to().plusDays(1)));
    return "select c.variant_group, c.id, c.title, count(distinct a.lead_id),"
        + " count(distinct a.lead_id) filter (where a.converted_at is not null)"
        + " from content_item c left join "
        + (filter.isEmpty()
            ? "content_assignment a"
            : "(content_assignment a join lead l on l.id = a.lead_id" + filter + ")")
        + " on a.content_id = c.id"
        + " and a.assigned_at >= (?::date at time zone 'UTC')"
        + " and a.assigned_at < (?::date at time zone 'UTC')"
        + " where c.variant_group is not null"
        + " group by c.variant_group, c.id, c.title, c.created_at"
        + " order by c.variant_group, c.created_at, c.id";
  }
}
