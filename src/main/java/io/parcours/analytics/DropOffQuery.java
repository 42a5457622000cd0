package io.parcours.analytics;

import io.parcours.common.Replica;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the loss rollup and the deltas not folded into it yet. */
@ApplicationScoped
class DropOffQuery {

  @Inject Replica replica;

  DropOffReport report(Scope scope) {
    List<Object> params = new ArrayList<>();
    String sql;
    if (Scope.SINGLE_FILTERS.contains(scope.dims())) {
      params.addAll(List.of(scope.dims(), scope.from(), scope.to()));
      String rollupFilter = scope.leadFilter(params);
      params.addAll(List.of(scope.from(), scope.to()));
      String deltaFilter = scope.leadFilter(params);
      sql =
          "select stage, reason, sum(lost) from ("
              + " select stage, reason, lost from analytics_loss"
              + " where dims = ? and day between ? and ?"
              + rollupFilter
              + " union all select stage, reason, lost from analytics_loss_delta"
              + " where day between ? and ?"
              + deltaFilter
              + ") x group by stage, reason having sum(lost) <> 0";
    } else {
      String leads = scope.matchingLeads("analytics_loss_fact", params);
      params.addAll(List.of(scope.from(), scope.to()));
      sql =
          "select f.stage, f.reason, count(*)"
              + leads
              + " and f.day between ? and ? group by f.stage, f.reason";
    }
    Map<Stage, List<DropOffReport.Reason>> reasons = new EnumMap<>(Stage.class);
    replica.query(
        sql,
        params,
        rs ->
            reasons
                .computeIfAbsent(Stage.valueOf(rs.getString(1)), s -> new ArrayList<>())
                .add(new DropOffReport.Reason(rs.getString(2), rs.getLong(3))));
    List<DropOffReport.Row> rows = new ArrayList<>();
    reasons.forEach(
        (stage, list) -> {
          list.sort(
              Comparator.comparingLong(DropOffReport.Reason::count)
                  .reversed()
                  .thenComparing(
                      DropOffReport.Reason::reason,
                      Comparator.nullsLast(Comparator.naturalOrder())));
          long lost = list.stream().mapToLong(DropOffReport.Reason::count).sum();
          rows.add(new DropOffReport.Row(stage, lost, List.copyOf(list)));
        });
    return new DropOffReport(scope.from(), scope.to(), rows);
  }
}
