package io.parcours.content;

import io.parcours.common.Actor;
import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.UUID;

public record AssignmentView(
    UUID id,
    UUID leadId,
    UUID contentId,
    Stage stage,
    Instant stageEnteredAt,
    Instant assignedAt,
    Actor actor,
    boolean automatic,
    Instant sentAt,
    Instant viewedAt,
    Instant clickedAt,
    Instant convertedAt) {

  public static AssignmentView from(ContentAssignment a) {
    return new AssignmentView(
        a.id,
        a.leadId,
        a.contentId,
        a.stage,
        a.stageEnteredAt,
        a.assignedAt,
        new Actor(a.actorType, a.actorId),
        a.automatic,
        a.sentAt,
        a.viewedAt,
        a.clickedAt,
        a.convertedAt);
  }
}
