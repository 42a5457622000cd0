package io.parcours.email;

import io.parcours.security.Permission;
import io.parcours.timeline.TimelineSource;
import jakarta.inject.Singleton;

/** A lead's emails on its timeline: when sent, else when planned, with their status. */
@Singleton
class EmailTimeline implements TimelineSource {

  @Override
  public String select() {
    return """
        select 'EMAIL' as kind, o.id::text as id, coalesce(o.sent_at, o.created_at) as at,
               o.lead_id as lead_id,
               jsonb_build_object('status', o.status, 'journeyId', o.journey_id,
                   'journeyName', j.name,
                   'stage', o.stage, 'dueAt', o.due_at, 'sentAt', o.sent_at,
                   'subject', o.subject, 'attempts', o.attempts, 'lastError', o.last_error,
                   'reason', o.reason, 'contentId', o.content_id) as data
        from email_outbox o left join journey j on j.id = o.journey_id
        """;
  }

  @Override
  public String permission() {
    return Permission.EMAIL_READ;
  }
}
