package io.parcours.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead's enrolment, with the next step that acts (a send or an assignment) and when it is due,
 * while the enrolment runs.
 */
public record EnrolmentView(
    UUID id,
    UUID journeyId,
    String journeyName,
    EnrolmentState state,
    String exitReason,
    String note,
    Instant enteredAt,
    Instant updatedAt,
    Next next) {

  /** The next step that acts: its position (from 1), what it does, and when. */
  public record Next(int step, JourneyStep.Kind kind, Instant at) {}

  static EnrolmentView from(Enrolment e, Journey j) {
    return new EnrolmentView(
        e.id, j.id, j.name, e.state, e.exitReason, e.note, e.enteredAt, e.updatedAt, next(e, j));
  }

  private static Next next(Enrolment e, Journey j) {
    if (!e.running()) {
      return null;
    }
    Instant at = e.dueAt;
    for (int i = e.step; i < j.steps.size(); i++) {
      JourneyStep s = j.steps.get(i);
      if (s.kind() != JourneyStep.Kind.WAIT) {
        return new Next(i + 1, s.kind(), at);
      }
      at = at.plus(Duration.parse(s.duration()));
    }
    return null;
  }
}
