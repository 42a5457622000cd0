package io.parcours.journeys;

import io.parcours.common.AppClock;
import io.parcours.email.Outbox;
import io.parcours.lead.Cause;
import io.parcours.lead.ConsentStatus;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadsEntered;
import io.parcours.lead.StageTransition;
import io.parcours.touchpoint.Touchpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one writer of enrolments: who enters a journey, who leaves it and why. Everything runs in the
 * caller's transaction: the stage change, touchpoint or refusal that set it off.
 */
@ApplicationScoped
public class Enrolments {

  private static final List<EnrolmentState> RUNNING =
      List.of(EnrolmentState.ACTIVE, EnrolmentState.WAITING);

  @Inject AppClock clock;
  @Inject Steps steps;
  @Inject Outbox outbox;

  /** A lead reached a stage: the journeys listing it as an exit end, those starting there begin. */
  public void stageReached(Lead lead, StageTransition t) {
    for (Enrolment e : running(lead.id)) {
      Journey j = Journey.findById(e.journeyId);
      if (j.exitStages.contains(t.toStage.name()) && !t.id.equals(e.entryTransitionId)) {
        exit(e, "Reached stage " + t.toStage);
      }
    }
    UUID cause = causingTouchpoint(t);
    for (Journey j : Journey.enteredAt(t.toStage)) {
      enter(lead, j, t.id, cause, t.at);
    }
  }

  /**
   * Many new leads entered their first stage at once (an import): each enters the journeys starting
   * there, in one statement, and a first step that waits is taken as {@link Steps} takes it. Any
   * other first step runs with the next pass of the runner, a few seconds later, where one lead's
   * due steps run at once.
   */
  public void enteredAll(LeadsEntered entered) throws SQLException {
    try (PreparedStatement s = entered.connection().prepareStatement(ENTER_ALL)) {
      entered.bind(s, 1);
      s.executeUpdate();
    }
  }

  /** New leads: nothing to re-enter, and a first entry into CUSTOMER is their first cycle. */
  private static final String ENTER_ALL =
      """
      insert into journey_enrolment (id, journey_id, lead_id, state, step, due_at, cycle,
        entered_at, entry_transition_id, updated_at)
      select gen_random_uuid(), j.id, t.lead_id,
        case when w.wait then 'WAITING' else 'ACTIVE' end, case when w.wait then 1 else 0 end,
        case when w.wait then t.at + (j.steps -> 0 ->> 'duration')::interval else t.at end,
        case when t.to_stage = 'CUSTOMER' then 1 else 0 end, t.at, t.id, now()
      from stage_transition t
      join lead l on l.id = t.lead_id
      join journey j on j.active and j.entry_stage = t.to_stage
        and (j.persona_id is null or j.persona_id = l.persona_id)
      cross join lateral (select coalesce(j.steps -> 0 ->> 'kind' = 'WAIT', false) as wait) w
      where %s and l.consent_status not in ('UNSUBSCRIBED', 'SUPPRESSED')
      """
          .formatted(LeadsEntered.ENTRIES);

  /** A touchpoint was recorded: the journeys it ends end, those it starts begin. */
  public void touchpointRecorded(Lead lead, Touchpoint tp) {
    for (Enrolment e : running(lead.id)) {
      Journey j = Journey.findById(e.journeyId);
      if (j.exitTouchpoints.contains(tp.type.name()) && !tp.id.equals(e.entryTouchpointId)) {
        exit(e, "A " + tp.type + " touchpoint was recorded");
      }
    }
    for (Journey j : Journey.enteredBy(tp.type)) {
      enter(lead, j, null, tp.id, clock.now());
    }
  }

  /** A customer the caller has locked was silent for as long as the journey waits: it enters. */
  void silent(Lead lead, Journey j) {
    enter(lead, j, null, null, clock.now());
  }

  /** The lead said no: it leaves every journey. */
  public void unsubscribed(Lead lead) {
    String status = lead.consent == null ? "" : " (" + lead.consent.status() + ")";
    running(lead.id).forEach(e -> exit(e, "Unsubscribed" + status));
  }

  /** An email of an enrolment failed for good: its journey ends if it exits on a bounce. */
  public void bounced(UUID enrolmentId) {
    Enrolment e = enrolmentId == null ? null : Enrolment.findById(enrolmentId);
    if (e != null && e.running() && Journey.<Journey>findById(e.journeyId).exitOnBounce) {
      exit(e, "An email of the journey bounced");
    }
  }

  /** A deactivated journey ends for everyone in it. */
  void deactivated(Journey j) {
    Enrolment.<Enrolment>list("journeyId = ?1 and state in ?2", j.id, RUNNING)
        .forEach(e -> exit(e, "The journey was deactivated"));
  }

  private void enter(Lead lead, Journey j, Long transitionId, UUID touchpointId, Instant at) {
    if (j.personaId != null && (lead.persona == null || !j.personaId.equals(lead.persona.id))) {
      return;
    }
    if (refused(lead) || !allowed(lead, j, transitionId, touchpointId)) {
      return;
    }
    Instant now = clock.now();
    Enrolment e = new Enrolment();
    e.id = UUID.randomUUID();
    e.journeyId = j.id;
    e.leadId = lead.id;
    e.state = EnrolmentState.ACTIVE;
    e.step = 0;
    e.dueAt = at;
    e.cycle = lead.cycle;
    e.enteredAt = at;
    e.entryTransitionId = transitionId;
    e.entryTouchpointId = touchpointId;
    e.updatedAt = now;
    e.persist();
    steps.runDue(e, j, lead, now);
  }

  private static boolean allowed(Lead lead, Journey j, Long transitionId, UUID touchpointId) {
    return switch (j.reentry) {
      case ONCE -> Enrolment.count("journeyId = ?1 and leadId = ?2", j.id, lead.id) == 0;
      case CYCLE ->
          Enrolment.count(
                  "journeyId = ?1 and leadId = ?2 and cycle = ?3", j.id, lead.id, lead.cycle)
              == 0;
      case EVERY ->
          transitionId != null
              ? Enrolment.count("journeyId = ?1 and entryTransitionId = ?2", j.id, transitionId)
                  == 0
              : Enrolment.count(
                      "journeyId = ?1 and entryTouchpointId = ?2 and entryTransitionId is null",
                      j.id,
                      touchpointId)
                  == 0;
    };
  }

  private static boolean refused(Lead lead) {
    ConsentStatus s = lead.consent == null ? ConsentStatus.UNKNOWN : lead.consent.status();
    return s == ConsentStatus.UNSUBSCRIBED || s == ConsentStatus.SUPPRESSED;
  }

  private static UUID causingTouchpoint(StageTransition t) {
    boolean byTouchpoint =
        t.causeType == Cause.Type.TOUCHPOINT || t.causeType == Cause.Type.PURCHASE;
    if (!byTouchpoint || t.causeId == null) {
      return null;
    }
    try {
      return UUID.fromString(t.causeId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void exit(Enrolment e, String reason) {
    e.state = EnrolmentState.EXITED;
    e.exitReason = reason;
    e.dueAt = null;
    e.updatedAt = clock.now();
    outbox.cancelEnrolment(e.id, "The lead left the journey: " + reason);
  }

  private static List<Enrolment> running(UUID leadId) {
    return Enrolment.list("leadId = ?1 and state in ?2", leadId, RUNNING);
  }
}
