package io.parcours.analytics;

import io.parcours.common.Replica;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the stay histograms, per persona, and derives the percentiles. */
@ApplicationScoped
class TimeInStageQuery {

  /** A stage for one persona; a null persona means all of them. */
  record Key(Stage stage, UUID personaId) {}

  @Inject Replica replica;

  TimeInStageReport report(Scope scope) {
    Map<Key, Histogram> histograms = histograms(scope);
    List<TimeInStageReport.Row> rows = new ArrayList<>();
    histograms.forEach(
        (key, h) ->
            rows.add(
                new TimeInStageReport.Row(
                    key.stage(),
                    key.personaId(),
                    h.total(),
                    h.percentile(0.5),
                    h.percentile(0.9))));
    rows.sort(
        Comparator.comparing(TimeInStageReport.Row::stage)
            .thenComparing(
                TimeInStageReport.Row::personaId,
                Comparator.nullsFirst(Comparator.naturalOrder())));
    return new TimeInStageReport(scope.from(), scope.to(), rows);
  }

  /**
   * Histograms for all personas (persona null) and for each persona; leads without a persona count
   * in the first only.
   */
  Map<Key, Histogram> histograms(Scope scope) {
    List<Object> params = new ArrayList<>();
    String sql;
    if (Scope.STAY_FILTERS.contains(scope.dims() | 1)) {
      // One select per grain range (an index range each, read from the index alone). The rollup
      // rows leave out what their dims do not keep: saying so lets the index skip them.
      List<String> parts = new ArrayList<>();
      for (Scope.GrainRange range : scope.grainRanges()) {
        params.addAll(List.of(scope.dims() | 1, range.from(), range.until()));
        parts.add(
            "select persona_id, stage, bucket, stays from analytics_stay"
                + " where dims = ? and grain = '"
                + range.grain()
                + "' and day >= ? and day < ?"
                + scope.leadFilter(params)
                + (scope.ownerId() == null ? " and owner_id is null" : "")
                + (scope.source() == null ? " and source is null" : ""));
      }
      params.addAll(List.of(scope.from(), scope.to()));
      parts.add(
          "select persona_id, stage, bucket, stays from analytics_stay_delta"
              + " where day between ? and ?"
              + scope.leadFilter(params));
      sql =
          "select persona_id, stage, bucket, sum(stays) from ("
              + String.join(" union all ", parts)
              + ") x group by persona_id, stage, bucket having sum(stays) <> 0";
    } else {
      String leads = scope.matchingLeads("analytics_stay_fact", params);
      params.addAll(List.of(scope.from(), scope.to()));
      sql =
          "select l.persona_id, f.stage, f.bucket, count(*)"
              + leads
              + " and f.day between ? and ? group by l.persona_id, f.stage, f.bucket";
    }
    Map<Key, Histogram> histograms = new HashMap<>();
    replica.query(
        sql,
        params,
        rs -> {
          UUID persona = rs.getObject(1, UUID.class);
          Stage stage = Stage.valueOf(rs.getString(2));
          int bucket = rs.getInt(3);
          long stays = rs.getLong(4);
          histograms.computeIfAbsent(new Key(stage, null), k -> new Histogram()).add(bucket, stays);
          if (persona != null) {
            histograms
                .computeIfAbsent(new Key(stage, persona), k -> new Histogram())
                .add(bucket, stays);
          }
          return null;
        });
    return histograms;
  }
}
