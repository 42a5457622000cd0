package io.parcours.analytics;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.common.Replica;
import io.parcours.lead.Stage;
import io.parcours.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What "stalled" means, for the report and the board alike: a lead before the purchase, longer in
 * its stage than the p90 of its persona and stage (the stage's p90 over all personas when its
 * persona has no data), with no touchpoint since it passed it. The p90 comes from the stays that
 * ended in the period, and never less than the stalled-after setting.
 *
 * <p>Each open stay is compared with the p90 of finished ones, oldest stays first, per stage. The
 * lead's last touchpoint, kept on the lead by a trigger, tells whether it was touched since; the
 * index on the gap between entering the stage and that touchpoint finds the few leads left alone
 * early.
 */
@ApplicationScoped
public class Stalled {

  /** Seconds from entering the stage to the last touchpoint; minus infinity when untouched. */
  private static final String GAP =
      "coalesce(extract(epoch from l.last_touchpoint_at - l.stage_entered_at)::float8,"
          + " '-infinity'::float8)";

  @Inject Replica replica;
  @Inject AppClock clock;
  @Inject TimeInStageQuery timeInStage;
  @Inject Settings settings;

  StalledReport report(Scope scope, int limit) {
    return new StalledReport(find(scope, List.of(), limit));
  }

  /** Which of these leads are stalled, by the norm of the default period of the reports. */
  public Set<UUID> among(Collection<UUID> leadIds) {
    if (leadIds.isEmpty()) {
      return Set.of();
    }
    LocalDate to = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    Scope scope =
        new Scope(to.minusDays(settings.analyticsDefaultPeriodDays() - 1L), to, null, null, null);
    return find(scope, leadIds, leadIds.size()).stream()
        .map(StalledReport.Lead::leadId)
        .collect(Collectors.toSet());
  }

  /** The stalled leads of the scope, among the given ones unless none are given. */
  private List<StalledReport.Lead> find(Scope scope, Collection<UUID> only, int limit) {
    // The norm is everybody's, whatever the filters on the leads listed.
    Map<TimeInStageQuery.Key, Histogram> norms = timeInStage.histograms(scope.withoutLeadFilters());
    long floor = settings.stalledAfter().toSeconds();
    Map<Stage, Long> stageP90 = new HashMap<>();
    Map<Stage, Map<UUID, Long>> personaP90 = new HashMap<>();
    norms.forEach(
        (key, h) -> {
          if (key.stage().isBeforePurchase()) {
            if (key.personaId() == null) {
              stageP90.put(key.stage(), Math.max(floor, h.percentile(0.9)));
            } else {
              personaP90
                  .computeIfAbsent(key.stage(), s -> new HashMap<>())
                  .put(key.personaId(), Math.max(floor, h.percentile(0.9)));
            }
          }
        });
    if (stageP90.isEmpty()) {
      return List.of();
    }
    Instant now = clock.now();
    List<Object> params = new ArrayList<>();
    List<String> perStage = new ArrayList<>();
    stageP90.forEach(
        (stage, p90) -> {
          Map<UUID, Long> personas = personaP90.getOrDefault(stage, Map.of());
          // a case without any when is not SQL: a stage with no persona's norm is its own
          StringBuilder norm = new StringBuilder(personas.isEmpty() ? "(" : "case");
          long widest = p90;
          for (Map.Entry<UUID, Long> e : personas.entrySet()) {
            norm.append(" when l.persona_id = ? then ?::bigint");
            params.add(e.getKey());
            params.add(e.getValue());
            widest = Math.max(widest, e.getValue());
          }
          norm.append(personas.isEmpty() ? "?::bigint)" : " else ?::bigint end");
          params.add(p90);
          params.add(stage.name());
          params.add((double) widest);
          String filter = scope.leadTableFilter(params);
          if (!only.isEmpty()) {
            filter += " and l.id = any (?)";
            params.add(only.toArray(UUID[]::new));
          }
          params.addAll(List.of(now, limit));
          perStage.add(
              "(select * from (select l.id, l.stage, l.persona_id, l.owner_id, l.stage_entered_at,"
                  + " l.last_touchpoint_at, "
                  + GAP
                  + " as gap, "
                  + norm
                  + " as p90 from lead l where l.stage = ? and "
                  + GAP
                  + " < ?"
                  + filter
                  // offset 0: read the gap index, then sort the few found (not the stage in order)
                  + " offset 0) c where c.gap < c.p90"
                  + " and c.stage_entered_at + c.p90 * interval '1 second' < ?"
                  + " order by c.stage_entered_at, c.id limit ?)");
        });
    params.add(limit);
    String sql =
        "select id, stage, persona_id, owner_id, stage_entered_at, p90, last_touchpoint_at from ("
            + String.join(" union all ", perStage)
            + ") s order by stage_entered_at, id limit ?";
    return replica.query(
        sql,
        params,
        rs -> {
          Instant entered = Jdbc.instant(rs, 5);
          return new StalledReport.Lead(
              rs.getObject(1, UUID.class),
              Stage.valueOf(rs.getString(2)),
              rs.getObject(3, UUID.class),
              rs.getObject(4, UUID.class),
              Duration.between(entered, now).toSeconds(),
              rs.getLong(6),
              Jdbc.instant(rs, 7));
        });
  }
}
