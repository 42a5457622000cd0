package io.parcours.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as listed; {@code secret} appears in the creation answer only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
    UUID id,
    String url,
    List<String> eventTypes,
    String description,
    boolean active,
    Instant disabledAt,
    String disabledReason,
    Instant createdAt,
    String secret) {

  static WebhookView from(WebhookSubscription s, String secret) {
    return new WebhookView(
        s.id,
        s.url,
        s.eventTypes,
        s.description,
        s.active,
        s.disabledAt,
        s.disabledReason,
        s.createdAt,
        secret);
  }
}
