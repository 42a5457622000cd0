package io.parcours.events;

import io.parcours.consent.LeadUnsubscribed;
import io.parcours.email.EmailFailed;
import io.parcours.email.EmailSent;
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

  void on(@Observes @Priority(EventRecorder.PRIORITY) EmailSent e) {
    events.record(DomainEvents.EMAIL_SENT, e.email().leadId, describe(e.email()));
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
