package io.parcours.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.parcours.common.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * One domain event as the feed and webhooks show it. {@code cursor} (feed only) is the position
 * right after this event: a consumer that stores it resumes there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
    String id,
    String type,
    UUID leadId,
    Instant occurredAt,
    Actor actor,
    String correlationId,
    JsonNode data,
    String cursor) {}
