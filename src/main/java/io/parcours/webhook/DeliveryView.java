package io.parcours.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event on its way to one subscription, with every try made so far. */
public record DeliveryView(
    UUID id,
    String eventId,
    String eventType,
    UUID leadId,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant createdAt,
    Instant deliveredAt,
    List<Attempt> log) {

  public record Attempt(Instant at, Integer statusCode, String error, int durationMs) {}
}
