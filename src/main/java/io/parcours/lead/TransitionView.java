package io.parcours.lead;

import io.parcours.common.Actor;
import java.time.Instant;

public record TransitionView(
    long id,
    Stage from,
    Stage to,
    TransitionKind kind,
    Instant at,
    Actor actor,
    Cause cause,
    String reason,
    String correlationId) {

  public static TransitionView from(StageTransition t) {
    return new TransitionView(
        t.id,
        t.fromStage,
        t.toStage,
        t.kind,
        t.at,
        new Actor(t.actorType, t.actorId),
        new Cause(t.causeType, t.causeId),
        t.reason,
        t.correlationId);
  }
}
