package io.parcours.consent;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.lead.ConsentRequest;
import io.parcours.lead.ConsentStatus;
import io.parcours.lead.EmailConsent;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadService;
import io.parcours.lead.LegalBasis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records a lead's email consent; a refusal is announced ({@link LeadUnsubscribed}) in the same
 * transaction, so that the outbox cancels every email still pending for the lead.
 */
@ApplicationScoped
public class ConsentService {

  static final String LINK_SOURCE = "unsubscribe-link";

  @Inject AppClock clock;
  @Inject LeadService leads;
  @Inject Event<LeadUnsubscribed> unsubscribed;

  /** Consent as recorded by a person or a system (If-Match honoured when sent). */
  @Transactional
  public Lead set(UUID leadId, String ifMatch, ConsentRequest r) {
    Lead lead = leads.get(leadId);
    Lead.getEntityManager().lock(lead, LockModeType.PESSIMISTIC_WRITE);
    if (ifMatch != null) {
      ETags.require(ifMatch, lead.version);
    }
    record(lead, r.status(), r.basis(), r.source());
    Lead.flush();
    return lead;
  }

  /** The one-click unsubscribe: no login, the signed token names the lead. */
  @Transactional
  public void unsubscribe(UUID leadId) {
    Lead lead = Lead.findForUpdate(leadId).orElseThrow(() -> Problem.notFound("Lead", leadId));
    ConsentStatus now = lead.consent == null ? ConsentStatus.UNKNOWN : lead.consent.status();
    if (now == ConsentStatus.UNSUBSCRIBED || now == ConsentStatus.SUPPRESSED) {
      return;
    }
    record(
        lead,
        ConsentStatus.UNSUBSCRIBED,
        lead.consent == null ? null : lead.consent.basis(),
        LINK_SOURCE);
  }

  private void record(Lead lead, ConsentStatus status, LegalBasis basis, String source) {
    Instant now = clock.now();
    lead.consent = new EmailConsent(status, basis, source, now);
    lead.updatedAt = now;
    if (status == ConsentStatus.UNSUBSCRIBED || status == ConsentStatus.SUPPRESSED) {
      unsubscribed.fire(new LeadUnsubscribed(lead, source));
    }
  }
}
