package io.parcours.board;

import io.parcours.analytics.Stalled;
import io.parcours.common.AppClock;
import io.parcours.common.Replica;
import io.parcours.common.RequestContext;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadFilter;
import io.parcours.lead.LeadQueries;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the pipeline board from the leads the caller may see. */
@ApplicationScoped
class Board {

  @Inject RequestContext request;
  @Inject AppClock clock;
  @Inject Stalled stalled;
  @Inject Replica replica;

  BoardView build(LeadFilter filter, int perStage) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    LeadQueries.filter(filter, request.ownerScope(), where, params);
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);

    Map<Stage, Object[]> totals = new EnumMap<>(Stage.class);
    Map<Stage, List<BoardView.Card>> cards = new EnumMap<>(Stage.class);
    Instant now = clock.now();
    replica.read(
        db -> {
          var query =
              db.createQuery(
                  "select stage, count(*), coalesce(sum(dealValue), 0) from Lead"
                      + condition
                      + " group by stage",
                  Object[].class);
          params.forEach(query::setParameter);
          query.getResultList().forEach(row -> totals.put((Stage) row[0], row));
          for (Stage stage : totals.keySet()) {
            var stageQuery =
                db.createQuery(
                        "from Lead"
                            + (condition.isEmpty() ? " where " : condition + " and ")
                            + "stage = :boardStage order by stageEnteredAt, id",
                        Lead.class)
                    .setParameter("boardStage", stage)
                    .setMaxResults(perStage);
            params.forEach(stageQuery::setParameter);
            cards.put(stage, stageQuery.getResultList().stream().map(l -> card(l, now)).toList());
          }
          return null;
        });
    Set<UUID> quiet =
        stalled.among(cards.values().stream().flatMap(List::stream).map(c -> c.id()).toList());
    List<BoardView.Column> columns = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      Object[] total = totals.get(stage);
      columns.add(
          new BoardView.Column(
              stage,
              total == null ? 0 : (Long) total[1],
              total == null ? BigDecimal.ZERO : (BigDecimal) total[2],
              cards.getOrDefault(stage, List.of()).stream()
                  .map(c -> quiet.contains(c.id()) ? c.asStalled() : c)
                  .toList()));
    }
    return new BoardView(columns);
  }

  private static BoardView.Card card(Lead l, Instant now) {
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
        false,
        l.dealValue,
        l.score,
        l.version);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
