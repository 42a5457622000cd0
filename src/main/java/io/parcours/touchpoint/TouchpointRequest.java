package io.parcours.touchpoint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A touchpoint as sent. Enumerations travel as text so that one bad item of a batch is rejected
 * alone instead of failing the whole request.
 */
public record TouchpointRequest(
    @Schema(description = "Batch only: the lead, by id (or by email)") UUID leadId,
    @Schema(description = "Batch only: the lead, by email (or by id)") @Email @Size(max = 254)
        String email,
    @NotBlank @Schema(implementation = Channel.class, type = SchemaType.STRING) String channel,
    @NotBlank @Schema(implementation = TouchpointType.class, type = SchemaType.STRING) String type,
    @Schema(
            implementation = Sentiment.class,
            type = SchemaType.STRING,
            description = "Defaults to NEUTRAL, NEGATIVE for complaints and failures")
        String sentiment,
    @Schema(description = "When it happened; defaults to now") Instant occurredAt,
    UUID contentId,
    @Size(max = 2000) String note,
    Map<String, Object> properties,
    @Schema(
            description =
                "The sending system; externalId is unique per lead and source (default 'api')")
        @Size(max = 100)
        String source,
    @Schema(description = "The sender's id: a retried push for the same lead is recorded once")
        @Size(max = 200)
        String externalId) {}
