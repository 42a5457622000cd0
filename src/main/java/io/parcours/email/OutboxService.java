package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.consent.LeadUnsubscribed;
import io.parcours.lead.LeadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class OutboxService {

  private static final Set<OutboxStatus> REQUEUEABLE =
      EnumSet.of(OutboxStatus.UNKNOWN, OutboxStatus.FAILED);

  @Inject LeadService leads;
  @Inject AppClock clock;

  /** The email, if the caller may see its lead. */
  OutboxEmail get(UUID id) {
    OutboxEmail e = OutboxEmail.findById(id);
    if (e == null) {
      throw Problem.notFound("Email", id);
    }
    try {
      leads.get(e.leadId);
    } catch (Problem p) {
      throw Problem.notFound("Email", id);
    }
    return e;
  }

  /** A lead's refusal cancels every email still pending for it, in the refusal's transaction. */
  void on(@Observes LeadUnsubscribed refusal) {
    OutboxEmail.update(
        "status = ?1, reason = ?2, updatedAt = ?3 where leadId = ?4 and status = ?5",
        OutboxStatus.CANCELLED,
        "The lead's email consent became " + refusal.lead().consent.status(),
        clock.now(),
        refusal.lead().id,
        OutboxStatus.PENDING);
  }

  /** Cancels the pending emails of an enrolment that left its journey. */
  int cancelEnrolment(UUID enrolmentId, String reason) {
    return OutboxEmail.update(
        "status = ?1, reason = ?2, updatedAt = ?3 where enrolmentId = ?4 and status = ?5",
        OutboxStatus.CANCELLED,
        reason,
        clock.now(),
        enrolmentId,
        OutboxStatus.PENDING);
  }

  /**
   * Sends an UNKNOWN or FAILED email again, at once: a person's decision, taken after checking that
   * it did not arrive.
   */
  @Transactional
  OutboxEmail requeue(UUID id) {
    OutboxEmail e = get(id);
    OutboxEmail.getEntityManager().lock(e, LockModeType.PESSIMISTIC_WRITE);
    if (!REQUEUEABLE.contains(e.status)) {
      throw Problem.conflict("Only an UNKNOWN or FAILED email can be requeued")
          .with("emailStatus", e.status);
    }
    e.reason = "Requeued from " + e.status;
    e.status = OutboxStatus.PENDING;
    e.dueAt = clock.now();
    e.attempts = 0;
    e.claimedAt = null;
    e.updatedAt = e.dueAt;
    return e;
  }
}
