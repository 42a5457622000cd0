package io.parcours.board;

import io.parcours.common.AppClock;
import io.parcours.common.RequestContext;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadFilter;
import io.parcours.lead.LeadQueries;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the pipeline board from the leads the caller may see. */
@ApplicationScoped
class Board {

  @Inject RequestContext request;
  @Inject AppClock clock;

  @ConfigProperty(name = "parcours.board.stalled-after")
  Duration stalledAfter;

  BoardView build(LeadFilter filter, int perStage) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    LeadQueries.filter(filter, request.ownerScope(), where, params);
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);

    Map<Stage, Object[]> totals = new EnumMap<>(Stage.class);
    var query =
        Lead.getEntityManager()
            .createQuery(
                "select stage, count(*), coalesce(sum(dealValue), 0) from Lead"
                    + condition
                    + " group by stage",
                Object[].class);
    params.forEach(query::setParameter);
    query.getResultList().forEach(row -> totals.put((Stage) row[0], row));

    Instant now = clock.now();
    List<BoardView.Column> columns = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      Object[] total = totals.get(stage);
      List<Lead> leads = List.of();
      if (total != null) {
        Map<String, Object> stageParams = new HashMap<>(params);
        stageParams.put("boardStage", stage);
        leads =
            Lead.<Lead>find(
                    "from Lead"
                        + (condition.isEmpty() ? " where " : condition + " and ")
                        + "stage = :boardStage order by stageEnteredAt, id",
                    stageParams)
                .range(0, perStage - 1)
                .list();
      }
      Map<UUID, Instant> lastTouch = lastTouchpoints(leads);
      columns.add(
          new BoardView.Column(
              stage,
              total == null ? 0 : (Long) total[1],
              total == null ? BigDecimal.ZERO : (BigDecimal) total[2],
              leads.stream().map(l -> card(l, lastTouch.get(l.id), now)).toList()));
    }
    return new BoardView(columns);
  }

  private BoardView.Card card(Lead l, Instant lastTouch, Instant now) {
    Instant quietSince = now.minus(stalledAfter);
    boolean stalled =
        l.stageEnteredAt.isBefore(quietSince)
            && (lastTouch == null || lastTouch.isBefore(quietSince));
    String name = String.join(" ", nonNull(l.firstName), nonNull(l.lastName)).strip();
    return new BoardView.Card(
        l.id,
        name.isEmpty() ? l.email : name,
        l.email,
        l.company,
        l.persona == null ? null : l.persona.id,
        l.ownerId,
        l.stageEnteredAt,
        Math.max(0, Duration.between(l.stageEnteredAt, now).toDays()),
        stalled,
        l.dealValue,
        l.score,
        l.version);
  }

  private static Map<UUID, Instant> lastTouchpoints(List<Lead> leads) {
    Map<UUID, Instant> last = new HashMap<>();
    if (leads.isEmpty()) {
      return last;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        Lead.getEntityManager()
            .createNativeQuery(
                "select lead_id, max(occurred_at) from touchpoint where lead_id in (:ids)"
                    + " group by lead_id")
            .setParameter("ids", leads.stream().map(l -> l.id).toList())
            .getResultList();
    rows.forEach(r -> last.put((UUID) r[0], instant(r[1])));
    return last;
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
