package io.parcours.analytics;

import io.parcours.common.AppClock;
import io.parcours.journey.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Compares each open stay with the p90 of finished ones, oldest stays first, per stage. */
@ApplicationScoped
class StalledQuery {

  @Inject EntityManager em;
  @Inject AppClock clock;
  @Inject TimeInStageQuery timeInStage;

  StalledReport report(Scope scope, int limit) {
    List<String> stages = new ArrayList<>();
    List<UUID> personas = new ArrayList<>();
    List<Long> p90s = new ArrayList<>();
    List<String> open = new ArrayList<>();
    // The norm is everybody's, whatever the filters on the leads listed.
    Map<TimeInStageQuery.Key, Histogram> norms = timeInStage.histograms(scope.withoutLeadFilters());
    norms.forEach(
        (key, h) -> {
          if (key.stage().isBeforePurchase()) {
            stages.add(key.stage().name());
            personas.add(key.personaId());
            p90s.add(h.percentile(0.9));
            if (key.personaId() == null) {
              open.add(key.stage().name());
            }
          }
        });
    if (open.isEmpty()) {
      return new StalledReport(List.of());
    }
    Instant now = clock.now();
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    List<Object> params =
        new ArrayList<>(
            List.of(
                stages.toArray(String[]::new),
                personas.toArray(UUID[]::new),
                p90s.toArray(Long[]::new),
                open.toArray(String[]::new)));
    String filter = scope.leadTableFilter(params);
    params.addAll(List.of(at, limit, limit));
    String sql =
        "with norm as (select * from unnest(?::text[], ?::uuid[], ?::bigint[])"
            + " as n(stage, persona_id, p90))"
            + " select c.id, c.stage, c.persona_id, c.owner_id, c.stage_entered_at, c.p90,"
            + " (select max(occurred_at) from touchpoint t where t.lead_id = c.id)"
            + " from unnest(?::text[]) s(stage) cross join lateral ("
            + "  select l.id, l.stage, l.persona_id, l.owner_id, l.stage_entered_at, p.p90"
            + "  from lead l cross join lateral (select coalesce("
            + "   (select p90 from norm n where n.stage = l.stage and n.persona_id = l.persona_id),"
            + "   (select p90 from norm n where n.stage = l.stage and n.persona_id is null)) as p90) p"
            + "  where l.stage = s.stage"
            + filter
            + "  and l.stage_entered_at + p.p90 * interval '1 second' < ?"
            + "  and not exists (select 1 from touchpoint t where t.lead_id = l.id"
            + "   and t.occurred_at >= l.stage_entered_at + p.p90 * interval '1 second')"
            + "  order by l.stage_entered_at, l.id limit ?) c"
            + " order by c.stage_entered_at, c.id limit ?";
    return new StalledReport(
        Sql.query(
            em,
            sql,
            params,
            rs -> {
              Instant entered = rs.getObject(5, OffsetDateTime.class).toInstant();
              OffsetDateTime last = rs.getObject(7, OffsetDateTime.class);
              return new StalledReport.Lead(
                  rs.getObject(1, UUID.class),
                  Stage.valueOf(rs.getString(2)),
                  rs.getObject(3, UUID.class),
                  rs.getObject(4, UUID.class),
                  Duration.between(entered, now).toSeconds(),
                  rs.getLong(6),
                  last == null ? null : last.toInstant());
            }));
  }
}
