package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.content.ContentAssignment;
import io.parcours.content.ContentAssignments;
import io.parcours.content.ContentItem;
import io.parcours.email.template.EmailTemplate;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadService;
import io.parcours.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A content item a salesperson sends a lead from its page: one outbox email with the one-off
 * template, so that the dispatcher's guarantees hold (sent once, consent checked again, unknown
 * outcomes surfaced). Consent is checked now and the refusal said; a reached weekly cap postpones
 * the email, with the time and the reason on it.
 */
@ApplicationScoped
class ContentSends {

  /** The template of one-off sends (V135), one text per locale, edited by marketing. */
  static final UUID TEMPLATE = UUID.fromString("00000000-0000-4000-8000-00000000e005");

  @Inject LeadService leads;
  @Inject ContentAssignments assignments;
  @Inject Outbox outbox;
  @Inject Preparation preparation;
  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject RequestContext request;

  @Transactional
  OutboxEmail send(UUID leadId, SendRequest r) {
    Lead lead = leads.get(leadId);
    // Two sends of the same lead wait for each other, so that the checks below see the first.
    OutboxEmail.getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "send " + lead.id)
        .getSingleResult();
    ContentItem item = ContentItem.findById(r.contentId());
    if (item == null) {
      throw Problem.invalid("contentId", "no content item has this id");
    }
    if (!item.active) {
      throw Problem.unprocessable("The content item is inactive").with("contentId", item.id);
    }
    if (lead.email == null) {
      throw Problem.unprocessable("The lead has no email address");
    }
    Optional<String> refusal = Consents.refusal(lead.consent, true);
    if (refusal.isPresent()) {
      throw Problem.unprocessable(refusal.get() + ": nothing was sent")
          .with("consentStatus", lead.consent == null ? null : lead.consent.status());
    }
    if (EmailTemplate.findById(TEMPLATE) == null) {
      throw Problem.conflict("The template of one-off sends was deleted; nothing was sent");
    }
    List<OutboxEmail> waiting =
        OutboxEmail.list(
            "leadId = ?1 and contentId = ?2 and status in ?3",
            lead.id,
            item.id,
            List.of(OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.UNKNOWN));
    if (!waiting.isEmpty()) {
      throw Problem.conflict("This item is already on its way to the lead")
          .with("emailId", waiting.get(0).id);
    }
    ContentAssignment given =
        ContentAssignment.findInPass(lead.id, item.id, lead.stageEnteredAt).orElse(null);
    if (given != null && given.sentAt != null) {
      throw Problem.conflict(
              "The lead already received this item by email during its current "
                  + lead.stage
                  + " stage")
          .with("assignmentId", given.id);
    }
    if (given == null) {
      given = assignments.assign(lead, item, request.actor(), false);
    }
    Instant now = clock.now();
    Optional<Instant> free = preparation.capFreesAt(lead.id, now);
    String reason =
        free.map(
                at ->
                    "Postponed: the lead reached the weekly cap of "
                        + settings.emailWeeklyCap()
                        + " marketing emails; due when it frees")
            .orElse(null);
    UUID id = outbox.sendOnce(lead, TEMPLATE, item.id, given.id, free.orElse(now), reason);
    return OutboxEmail.findById(id);
  }
}
