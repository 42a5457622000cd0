package io.parcours.timeline;

import io.parcours.security.Permission;
import jakarta.inject.Singleton;

/** Stage changes on the timeline, with their actor and cause. */
@Singleton
class StageChangeTimeline implements TimelineSource {

  @Override
  public String select() {
    return """
        select 'STAGE_CHANGE' as kind, s.id::text as id, s.at as at, s.lead_id as lead_id,
               jsonb_build_object('from', s.from_stage, 'to', s.to_stage, 'kind', s.kind,
                   'actor', jsonb_build_object('type', s.actor_type, 'id', s.actor_id),
                   'cause', jsonb_build_object('type', s.cause_type, 'id', s.cause_id),
                   'reason', s.reason, 'correlationId', s.correlation_id) as data
        from stage_transition s
        """;
  }

  @Override
  public String permission() {
    return Permission.LEADS_READ;
  }
}
