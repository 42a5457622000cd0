package io.parcours.automation;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule fires on a touchpoint of this type (and sentiment), or once the score reaches minScore.
 */
public record JourneyRuleRequest(
    @NotBlank @Size(max = 200) String name,
    @Schema(description = "The touchpoint type that fires the rule; absent: any")
        TouchpointType touchpointType,
    @Schema(description = "Only touchpoints with this sentiment; absent: any") Sentiment sentiment,
    @Schema(description = "The lead's n-th touchpoint of this type or later (2: a second purchase)")
        @Min(1)
        @Max(1000)
        Integer minOccurrences,
    @Schema(description = "Fires when the lead's score is at least this") @Min(0) @Max(1_000_000)
        Integer minScore,
    @Schema(description = "Only leads in these stages; absent or empty: any") @Size(max = 7)
        Set<@NotNull Stage> fromStages,
    @Schema(description = "The stage to move to; absent: the next stage") Stage targetStage,
    Boolean active,
    @Schema(description = "Lower first; on equal targets the first matching rule is recorded")
        @Min(0)
        @Max(1_000_000)
        Integer priority) {}
