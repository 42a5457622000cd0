package io.parcours.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WebhookRequest(
    @NotBlank @Size(max = 2000) String url,
    @NotEmpty @Size(max = 20) Set<@NotNull String> eventTypes,
    @Schema(description = "whsec_ and base64 of 24 to 64 bytes; absent: one is generated")
        String secret,
    @Size(max = 500) String description) {}
