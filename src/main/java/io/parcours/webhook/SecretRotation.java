package io.parcours.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A secret rotation; every field is optional. */
public record SecretRotation(
    @Schema(
            description =
                "The new secret (whsec_ and base64 of 24 to 64 bytes); absent: one is generated."
                    + " Bringing one makes a retry safe: rotating to the current secret changes"
                    + " nothing.")
        String secret,
    @Schema(
            description =
                "Minutes the replaced secret keeps signing beside the new one; absent: the"
                    + " configured overlap (parcours.webhooks.secret-overlap), 0 ends it at once")
        @Min(0)
        @Max(10_080)
        Integer overlapMinutes) {}
