package io.parcours.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WebhookRequest(
    @NotBlank @Size(max = 2000) String url,
    @NotEmpty @Size(max = 20) Set<@NotNull String> eventTypes,
    @Schema(description = "whsec_ and base64 of 24 to 64 bytes; absent: one is generated")
        String secret,
    @Size(max = 500) String description,
    @Schema(description = WebhookRequest.FILTERS) Map<String, List<String>> filters) {

  static final String FILTERS =
      "Only events whose data fields hold one of the listed values, every field named: for"
          + " instance {\"to\": [\"CUSTOMER\"]}. At most 5 fields among channel, contentId, from,"
          + " kind, ownerId, personaId (the event's, else the lead's when the delivery is planned), sentiment,"
          + " source, stage, status, to, type; 1 to 20 values of at most 100 characters each. An"
          + " event without the field does not pass.";

  /** The request as compared on a retry: a secret is never kept, not even hashed. */
  WebhookRequest withoutSecret() {
    return new WebhookRequest(url, eventTypes, null, description, filters);
  }
}
