package io.parcours.touchpoint;

import io.parcours.security.Permission;
import io.parcours.timeline.TimelineSource;
import jakarta.inject.Singleton;

/** Touchpoints on the lead timeline, at the time they happened. */
@Singleton
class TouchpointTimeline implements TimelineSource {

  @Override
  public String select() {
    return """
        select 'TOUCHPOINT' as kind, t.id::text as id, t.occurred_at as at, t.lead_id as lead_id,
               jsonb_build_object('channel', t.channel, 'type', t.type,
                   'sentiment', t.sentiment, 'contentId', t.content_id, 'note', t.note,
                   'properties', t.properties, 'source', t.source, 'externalId', t.external_id,
                   'leadStage', t.lead_stage) as data
        from touchpoint t
        """;
  }

  @Override
  public String permission() {
    return Permission.TOUCHPOINTS_READ;
  }
}
