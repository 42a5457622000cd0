package io.parcours.events;

import io.parcours.consent.LeadUnsubscribed;
import io.parcours.email.EmailFailed;
import io.parcours.email.EmailsSent;
import io.parcours.email.OutboxEmail;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Email outcomes and refusals in the feed, inside the transactions that record them. */
@ApplicationScoped
class EmailEventRecorder {

  @Inject DomainEvents events;

  /** The same payload as {@link #describe}, built from the rows, in one statement. */
  void on(@Observes @Priority(EventRecorder.PRIORITY) EmailsSent e) {
    events.recordAll(
        DomainEvents.EMAIL_SENT,
        "select o.lead_id, jsonb_build_object('emailId', o.id, 'journeyId', o.journey_id,"
            + " 'subject', o.subject, 'attempts', o.attempts, 'messageId', o.message_id)"
            + " from email_outbox o where o.id = any (?) order by o.sent_at, o.id",
        e.ids());
  }

  void on(@Observes @Priority(EventRecorder.PRIORITY) EmailFailed e) {
    Map<String, Object> data = describe(e.email());
    data.put("lastError", e.email().lastError);
    events.record(DomainEvents.EMAIL_FAILED, e.email().leadId, data);
  }

  void on(@Observes @Priority(EventRecorder.PRIORITY) LeadUnsubscribed e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("status", e.lead().consent == null ? null : e.lead().consent.status());
    data.put("source", e.source());
    events.record(DomainEvents.LEAD_UNSUBSCRIBED, e.lead().id, data);
  }

  private static Map<String, Object> describe(OutboxEmail email) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("emailId", email.id);
    data.put("journeyId", email.journeyId);
    data.put("subject", email.subject);
    data.put("attempts", email.attempts);
    data.put("messageId", email.messageId);
    return data;
  }
}
