package io.parcours.analytics;

import io.parcours.common.Replica;
import io.parcours.lead.Stage;
import io.parcours.touchpoint.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the touchpoint rollup and the deltas not folded into it yet. */
@ApplicationScoped
class ChannelQuery {

  @Inject Replica replica;

  ChannelReport report(Scope scope) {
    List<Object> params = new ArrayList<>();
    String sql;
    if (Scope.SINGLE_FILTERS.contains(scope.dims())) {
      params.addAll(List.of(scope.dims(), scope.from(), scope.to()));
      String rollupFilter = scope.leadFilter(params);
      params.addAll(List.of(scope.from(), scope.to()));
      String deltaFilter = scope.leadFilter(params);
      sql =
          "select channel, stage, sum(touchpoints) from ("
              + " select channel, stage, touchpoints from analytics_touch"
              + " where dims = ? and day between ? and ?"
              + rollupFilter
              + " union all select channel, stage, touchpoints from analytics_touch_delta"
              + " where day between ? and ?"
              + deltaFilter
              + ") x group by channel, stage having sum(touchpoints) <> 0";
    } else {
      String leads = scope.matchingLeads("analytics_touch_fact", params);
      params.addAll(List.of(scope.from(), scope.to()));
      sql =
          "select f.channel, f.stage, sum(f.touchpoints)"
              + leads
              + " and f.day between ? and ? group by f.channel, f.stage";
    }
    List<ChannelReport.Row> rows =
        new ArrayList<>(
            replica.query(
                sql,
                params,
                rs ->
                    new ChannelReport.Row(
                        Channel.valueOf(rs.getString(1)),
                        Stage.valueOf(rs.getString(2)),
                        rs.getLong(3))));
    rows.sort(
        Comparator.comparing(ChannelReport.Row::channel).thenComparing(ChannelReport.Row::stage));
    return new ChannelReport(scope.from(), scope.to(), rows);
  }
}
