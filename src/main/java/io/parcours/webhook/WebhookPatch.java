package io.parcours.webhook;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a PATCH changes; absent fields keep their value. */
public record WebhookPatch(
    @Schema(description = "Checked as on creation") @Size(max = 2000) String url,
    @Size(min = 1, max = 20) Set<String> eventTypes,
    @Schema(description = WebhookRequest.FILTERS + " {} removes every filter.")
        Map<String, List<String>> filters,
    @Size(max = 500) String description,
    @Schema(description = "false stops deliveries; true turns a disabled subscription back on")
        Boolean active) {}
