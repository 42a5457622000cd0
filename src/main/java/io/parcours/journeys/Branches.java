package io.parcours.journeys;

import io.parcours.common.Problem;
import io.parcours.lead.Lead;
import io.parcours.persona.Persona;
import io.parcours.touchpoint.Touchpoint;

/**
 * BRANCH steps: their shape when a journey is written (a complete condition, a target ahead of the
 * branch, so that no journey loops), and whether their condition holds when they run.
 */
final class Branches {

  private Branches() {}

  static void check(String at, JourneyStep s, int index, int size) {
    if (s.kind() != JourneyStep.Kind.BRANCH) {
      return;
    }
    Condition c = s.condition();
    String needs = c.needs();
    if (!c.complete()) {
      throw Problem.invalid(
          at + "condition." + needs, "a " + c.kind() + " condition needs " + needs);
    }
    if (c.given() > (needs == null ? 0 : 1)) {
      throw Problem.invalid(
          at + "condition.kind",
          "a " + c.kind() + " condition takes " + (needs == null ? "no value" : "only " + needs));
    }
    if (c.personaId() != null && Persona.findById(c.personaId()) == null) {
      throw Problem.invalid(at + "condition.personaId", "no persona has this id");
    }
    Integer to = s.goTo();
    if (to != null && (to <= index + 1 || to > size)) {
      throw Problem.invalid(
          at + "goTo",
          index + 2 > size
              ? "the last step cannot go to another: leave goTo out to end the journey"
              : "must be a later step, from " + (index + 2) + " to " + size);
    }
  }

  /** Whether the condition holds for the lead now, in its enrolment. */
  static boolean holds(Condition c, Enrolment e, Lead lead) {
    return switch (c.kind()) {
      case TOUCHPOINT_SEEN -> seenSinceEntry(c, e);
      case SCORE_AT_LEAST -> lead.score >= c.score();
      case SCORE_BELOW -> lead.score < c.score();
      case CONSENT_GIVEN -> lead.consent != null && lead.consent.status().allowsMarketing();
      case PERSONA -> lead.persona != null && lead.persona.id.equals(c.personaId());
      case STAGE -> lead.stage == c.stage();
    };
  }

  /** The touchpoint that set the enrolment off does not count: it came with the entry. */
  private static boolean seenSinceEntry(Condition c, Enrolment e) {
    return e.entryTouchpointId == null
        ? Touchpoint.count(
                "leadId = ?1 and type = ?2 and occurredAt >= ?3",
                e.leadId,
                c.touchpointType(),
                e.enteredAt)
            > 0
        : Touchpoint.count(
                "leadId = ?1 and type = ?2 and occurredAt >= ?3 and id <> ?4",
                e.leadId,
                c.touchpointType(),
                e.enteredAt,
                e.entryTouchpointId)
            > 0;
  }
}
