package io.parcours.email;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.content.ContentAssignment;
import io.parcours.content.ContentAssignments;
import io.parcours.content.ContentItem;
import io.parcours.content.ContentType;
import io.parcours.content.NextContent;
import io.parcours.discount.DiscountRequest;
import io.parcours.discount.DiscountService;
import io.parcours.lead.Lead;
import io.parcours.settings.Settings;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The last checks before a claimed email goes out (journey, consent, weekly cap), then what it
 * includes (content, a discount code issued once and kept for retries) and the message itself.
 */
@ApplicationScoped
class Preparation {

  private static final Duration WEEK = Duration.ofDays(7);

  @Inject AppClock clock;
  @Inject Settings limits;
  @Inject Outbox outbox;
  @Inject Composer composer;
  @Inject NextContent next;
  @Inject ContentAssignments assignments;
  @Inject DiscountService discounts;

  record Ready(Mail mail, String messageId) {}

  /**
   * The message to send, or null when the email was cancelled or postponed instead, or is no longer
   * this claim's (its lease ran out and the row was queued again).
   */
  Ready prepare(UUID id, Instant claimedAt) {
    OutboxEmail e = OutboxEmail.findById(id);
    if (e == null
        || e.status != OutboxStatus.SENDING
        || e.handedOverAt != null
        || !claimedAt.equals(e.claimedAt)) {
      return null;
    }
    Lead lead = Lead.findById(e.leadId);
    Instant now = clock.now();
    Optional<String> stop = stopReason(e, lead);
    if (stop.isPresent()) {
      outbox.stop(e, stop.get());
      return null;
    }
    if (e.marketing) {
      Optional<Instant> free = capFreesAt(lead.id, now);
      if (free.isPresent()) {
        outbox.postpone(
            e,
            free.get(),
            "Postponed: the lead reached the weekly cap of " + limits.emailWeeklyCap());
        return null;
      }
    }
    include(e, lead);
    Composer.Composed c = composer.compose(e, lead);
    e.toAddress = lead.email;
    e.subject = c.subject();
    e.locale = c.locale();
    // Committed before the message goes out: from now on a crash leaves the outcome unknown. The
    // lease runs from the hand-over to SMTP, not from the claim of the batch.
    e.handedOverAt = now;
    e.claimedAt = now;
    e.updatedAt = now;
    return new Ready(c.mail(), c.messageId());
  }

  private static Optional<String> stopReason(OutboxEmail e, Lead lead) {
    if (e.enrolmentId != null) {
      List<?> exit =
          OutboxEmail.getEntityManager()
              .createNativeQuery(
                  "select exit_reason from journey_enrolment where id = ?1 and state = 'EXITED'")
              .setParameter(1, e.enrolmentId)
              .getResultList();
      if (!exit.isEmpty()) {
        return Optional.of("The lead left the journey: " + exit.get(0));
      }
    }
    if (e.enrolmentId == null && e.journeyId != null) {
      Optional<String> stop = migratedStop(e, lead);
      if (stop.isPresent()) {
        return stop;
      }
    }
    if (lead.email == null) {
      return Optional.of("The lead has no email address");
    }
    return Consents.refusal(lead.consent, e.marketing);
  }

  /**
   * An email planned by an email rule before journeys replaced them has no enrolment: its journey's
   * state and exits are read here instead. It stops when the journey was deactivated, or when the
   * lead has since reached one of the journey's exit stages.
   */
  private static Optional<String> migratedStop(OutboxEmail e, Lead lead) {
    List<?> rows =
        OutboxEmail.getEntityManager()
            .createNativeQuery("select active, ?2 = any(exit_stages) from journey where id = ?1")
            .setParameter(1, e.journeyId)
            .setParameter(2, lead.stage.name())
            .getResultList();
    if (rows.isEmpty() || !Boolean.TRUE.equals(((Object[]) rows.get(0))[0])) {
      return Optional.of("The journey is no longer active");
    }
    boolean exitReached = Boolean.TRUE.equals(((Object[]) rows.get(0))[1]);
    boolean movedSince = e.stageEnteredAt == null || lead.stageEnteredAt.isAfter(e.stageEnteredAt);
    if (exitReached && movedSince) {
      return Optional.of("The lead reached " + lead.stage + ", an exit of the journey");
    }
    return Optional.empty();
  }

  /** When the lead may receive marketing email again, if it has had its weekly share. */
  Optional<Instant> capFreesAt(UUID leadId, Instant now) {
    Object[] row =
        OutboxEmail.getEntityManager()
            .createQuery(
                "select count(e), min(e.sentAt) from OutboxEmail e where e.leadId = ?1"
                    + " and e.marketing = true and e.status = ?2 and e.sentAt > ?3",
                Object[].class)
            .setParameter(1, leadId)
            .setParameter(2, OutboxStatus.SENT)
            .setParameter(3, now.minus(WEEK))
            .getSingleResult();
    long sent = (Long) row[0];
    return sent >= limits.emailWeeklyCap()
        ? Optional.of(((Instant) row[1]).plus(WEEK))
        : Optional.empty();
  }

  private void include(OutboxEmail e, Lead lead) {
    if (e.discountKind != null && e.discountCodeId == null) {
      DiscountRequest d =
          new DiscountRequest(e.discountKind, e.discountValue, e.discountCurrency, null);
      e.discountCodeId = discounts.issue(lead, d).id;
    }
    List<ContentType> types =
        e.contentTypeList().stream().filter(t -> t != ContentType.DISCOUNT).toList();
    if (types.isEmpty() || e.contentId != null) {
      return;
    }
    Optional<ContentAssignment> given = unsent(lead, types);
    if (given.isPresent()) {
      e.contentId = given.get().contentId;
      e.assignmentId = given.get().id;
      return;
    }
    for (ContentType type : types) {
      Optional<ContentItem> item = next.forLead(lead, type);
      if (item.isPresent()) {
        ContentAssignment a = assignments.assign(lead, item.get(), Actor.rule(e.journeyId), true);
        e.contentId = item.get().id;
        e.assignmentId = a.id;
        return;
      }
    }
  }

  /** An item of these types the lead was given in this pass and has not been sent yet. */
  private static Optional<ContentAssignment> unsent(Lead lead, List<ContentType> types) {
    return ContentAssignment.<ContentAssignment>find(
            "leadId = ?1 and stageEnteredAt = ?2 and sentAt is null and contentId in"
                + " (select c.id from ContentItem c where c.type in ?3) order by assignedAt",
            lead.id,
            lead.stageEnteredAt,
            types)
        .firstResultOptional();
  }
}
