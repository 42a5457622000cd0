package io.parcours.email;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.UUID;

public record EmailView(
    UUID id,
    UUID leadId,
    UUID journeyId,
    UUID enrolmentId,
    Integer step,
    Long transitionId,
    Stage stage,
    boolean marketing,
    OutboxStatus status,
    Instant dueAt,
    int attempts,
    String lastError,
    String reason,
    Instant sentAt,
    String messageId,
    String toAddress,
    String subject,
    String locale,
    UUID contentId,
    UUID discountCodeId,
    Instant createdAt,
    Instant updatedAt) {

  static EmailView from(OutboxEmail e) {
    return new EmailView(
        e.id,
        e.leadId,
        e.journeyId,
        e.enrolmentId,
        e.step,
        e.transitionId,
        e.stage,
        e.marketing,
        e.status,
        e.dueAt,
        e.attempts,
        e.lastError,
        e.reason,
        e.sentAt,
        e.messageId,
        e.toAddress,
        e.subject,
        e.locale,
        e.contentId,
        e.discountCodeId,
        e.createdAt,
        e.updatedAt);
  }
}
