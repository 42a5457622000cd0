package io.parcours.email;

import io.parcours.common.Problem;
import io.parcours.consent.LeadUnsubscribed;
import io.parcours.lead.LeadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
class OutboxService {

  @Inject LeadService leads;
  @Inject Outbox outbox;

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
    outbox.cancelAll(
        refusal.lead().id, "The lead's email consent became " + refusal.lead().consent.status());
  }

  /**
   * Sends an UNKNOWN or FAILED email again, at once: a person's decision, taken after checking that
   * it did not arrive.
   */
  @Transactional
  OutboxEmail requeue(UUID id) {
    OutboxEmail e = get(id);
    OutboxEmail.getEntityManager().lock(e, LockModeType.PESSIMISTIC_WRITE);
    outbox.requeue(e);
    return e;
  }
}
