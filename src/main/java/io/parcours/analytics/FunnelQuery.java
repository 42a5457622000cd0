package io.parcours.analytics;

import io.parcours.common.Replica;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the funnel rollup and the deltas not folded into it yet. */
@ApplicationScoped
class FunnelQuery {

  @Inject Replica replica;

  FunnelReport report(Scope scope, boolean cohort) {
    List<Object> params = new ArrayList<>();
    String sql;
    if (Scope.SINGLE_FILTERS.contains(scope.dims())) {
      params.addAll(List.of(cohort ? "C" : "E", scope.dims(), scope.from(), scope.to()));
      String rollupFilter = scope.leadFilter(params);
      params.addAll(List.of(scope.from(), scope.to()));
      String deltaFilter = scope.leadFilter(params);
      sql =
          "select stage, sum(reached), sum(advanced) from ("
              + " select stage, reached, advanced from analytics_funnel"
              + " where basis = ? and dims = ? and day between ? and ?"
              + rollupFilter
              + " union all select stage, reached, advanced from analytics_funnel_delta where "
              + (cohort ? "cohort_day" : "entry_day")
              + " between ? and ?"
              + deltaFilter
              + ") x group by stage";
    } else {
      String leads = scope.matchingLeads("analytics_funnel_fact", params);
      params.addAll(List.of(scope.from(), scope.to()));
      sql =
          "select f.stage, count(*), sum(f.advanced)"
              + leads
              + (cohort ? " and analytics_day(l.created_at)" : " and f.entry_day")
              + " between ? and ? group by f.stage";
    }
    Map<Stage, long[]> counts = new EnumMap<>(Stage.class);
    for (Object[] row :
        replica.query(
            sql, params, rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)})) {
      counts.put(Stage.valueOf((String) row[0]), new long[] {(long) row[1], (long) row[2]});
    }
    List<FunnelReport.Row> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stage == Stage.LOST) {
        continue;
      }
      long[] c = counts.getOrDefault(stage, new long[2]);
      Double conversion = stage.next() == null ? null : Ratios.rate(c[1], c[0]);
      rows.add(new FunnelReport.Row(stage, c[0], c[1], conversion));
    }
    return new FunnelReport(scope.from(), scope.to(), cohort, rows);
  }
}
