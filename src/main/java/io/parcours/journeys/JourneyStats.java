package io.parcours.journeys;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who entered a journey, where they stand, and why those who left it left. */
public record JourneyStats(
    UUID journeyId,
    @Schema(description = "Enrolments so far, a lead re-entering counted each time") long entered,
    @Schema(description = "Active or waiting for their next step") long running,
    long completed,
    long exited,
    @Schema(description = "Exits by reason, most frequent first (the first 20)")
        List<ExitCount> exits) {

  public record ExitCount(String reason, long count) {}

  static final int REASONS = 20;

  static JourneyStats of(UUID journeyId) {
    long[] byState = new long[EnrolmentState.values().length];
    Enrolment.getEntityManager()
        .createQuery(
            "select state, count(*) from Enrolment where journeyId = ?1 group by state",
            Object[].class)
        .setParameter(1, journeyId)
        .getResultList()
        .forEach(r -> byState[((EnrolmentState) r[0]).ordinal()] = (Long) r[1]);
    List<ExitCount> exits =
        Enrolment.getEntityManager()
            .createQuery(
                "select exitReason, count(*) from Enrolment where journeyId = ?1"
                    + " and state = ?2 group by exitReason order by count(*) desc, exitReason",
                Object[].class)
            .setParameter(1, journeyId)
            .setParameter(2, EnrolmentState.EXITED)
            .setMaxResults(REASONS)
            .getResultList()
            .stream()
            .map(r -> new ExitCount((String) r[0], (Long) r[1]))
            .toList();
    long running =
        byState[EnrolmentState.ACTIVE.ordinal()] + byState[EnrolmentState.WAITING.ordinal()];
    long completed = byState[EnrolmentState.COMPLETED.ordinal()];
    long exited = byState[EnrolmentState.EXITED.ordinal()];
    return new JourneyStats(
        journeyId, running + completed + exited, running, completed, exited, exits);
  }
}
