package io.parcours.touchpoint;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

public record TouchpointView(
    UUID id,
    UUID leadId,
    Instant occurredAt,
    Channel channel,
    TouchpointType type,
    Sentiment sentiment,
    UUID contentId,
    String note,
    Map<String, Object> properties,
    String source,
    String externalId,
    Stage leadStage,
    Instant recordedAt) {

  public static TouchpointView from(Touchpoint t) {
    return new TouchpointView(
        t.id,
        t.leadId,
        t.occurredAt,
        t.channel,
        t.type,
        t.sentiment,
        t.contentId,
        t.note,
        t.properties,
        t.source,
        t.externalId,
        t.leadStage,
        t.recordedAt);
  }
}
