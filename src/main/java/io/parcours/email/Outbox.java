package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.discount.DiscountKind;
import io.parcours.lead.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one way into the outbox: a journey step plans its email here, inside the caller's
 * transaction, so that the step and its email commit together or not at all.
 */
@ApplicationScoped
public class Outbox {

  @Inject AppClock clock;
  @Inject OutboxService outbox;

  /** What a step sends: its template, content types and, if any, the discount to issue. */
  public record Plan(
      UUID journeyId,
      UUID enrolmentId,
      int step,
      Long transitionId,
      UUID templateId,
      boolean marketing,
      List<String> contentTypes,
      DiscountKind discountKind,
      BigDecimal discountValue,
      String discountCurrency) {}

  /** Plans the email, due at the given time; answers its id. */
  public UUID plan(Lead lead, Plan p, Instant dueAt) {
    Instant now = clock.now();
    OutboxEmail e = new OutboxEmail();
    e.id = UUID.randomUUID();
    e.leadId = lead.id;
    e.journeyId = p.journeyId();
    e.enrolmentId = p.enrolmentId();
    e.step = p.step();
    e.transitionId = p.transitionId();
    e.templateId = p.templateId();
    e.contentTypes = List.copyOf(p.contentTypes());
    e.discountKind = p.discountKind();
    e.discountValue = p.discountValue();
    e.discountCurrency = p.discountCurrency();
    e.stage = lead.stage;
    e.stageEnteredAt = lead.stageEnteredAt;
    e.marketing = p.marketing();
    e.status = OutboxStatus.PENDING;
    e.dueAt = dueAt;
    e.createdAt = now;
    e.updatedAt = now;
    e.persist();
    return e.id;
  }

  /** Cancels what an enrolment still has pending, in the caller's transaction. */
  public int cancelEnrolment(UUID enrolmentId, String reason) {
    return outbox.cancelEnrolment(enrolmentId, reason);
  }
}
