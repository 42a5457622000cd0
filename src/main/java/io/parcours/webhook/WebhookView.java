package io.parcours.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as listed; {@code secret} appears in the creation and rotation answers only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
    UUID id,
    String url,
    List<String> eventTypes,
    Map<String, List<String>> filters,
    String description,
    boolean active,
    Instant disabledAt,
    String disabledReason,
    @Schema(
            description =
                "During a secret rotation: until when deliveries carry a second signature, made"
                    + " with the replaced secret")
        Instant previousSecretUntil,
    Instant createdAt,
    long version,
    String secret) {

  static WebhookView from(WebhookSubscription s, String secret) {
    return new WebhookView(
        s.id,
        s.url,
        s.eventTypes,
        s.filters == null ? Map.of() : s.filters,
        s.description,
        s.active,
        s.disabledAt,
        s.disabledReason,
        s.previousSecret == null ? null : s.previousSecretUntil,
        s.createdAt,
        s.version,
        secret);
  }

  WebhookView withoutSecret() {
    return new WebhookView(
        id,
        url,
        eventTypes,
        filters,
        description,
        active,
        disabledAt,
        disabledReason,
        previousSecretUntil,
        createdAt,
        version,
        null);
  }
}
