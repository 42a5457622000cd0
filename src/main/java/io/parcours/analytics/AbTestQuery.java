package io.parcours.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts each variant's leads from the assignments (indexed by item), then compares them. */
@ApplicationScoped
class AbTestQuery {

  @Inject EntityManager em;
  @Inject AnalyticsSettings settings;

  /** A null scope period means since the start of each test. */
  AbTestReport report(Scope scope) {
    List<Object> params = new ArrayList<>();
    String filter = scope.leadTableFilter(params);
    StringBuilder period = new StringBuilder();
    if (scope.from() != null) {
      period.append(" and a.assigned_at >= (?::date at time zone 'UTC')");
      period.append(" and a.assigned_at < (?::date at time zone 'UTC')");
      params.addAll(List.of(scope.from(), scope.to().plusDays(1)));
    }
    String sql =
        "select c.variant_group, c.id, c.title, count(distinct a.lead_id),"
            + " count(distinct a.lead_id) filter (where a.converted_at is not null)"
            + " from content_item c left join "
            + (filter.isEmpty()
                ? "content_assignment a"
                : "(content_assignment a join lead l on l.id = a.lead_id" + filter + ")")
            + " on a.content_id = c.id"
            + period
            + " where c.variant_group is not null"
            + " group by c.variant_group, c.id, c.title, c.created_at"
            + " order by c.variant_group, c.created_at, c.id";
    Map<String, List<AbTestReport.Variant>> groups = new LinkedHashMap<>();
    Sql.query(
        em,
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
                    settings.minimumDetectableEffect(),
                    settings.alpha(),
                    settings.power())));
    return new AbTestReport(settings.minimumDetectableEffect(), results);
  }
}
