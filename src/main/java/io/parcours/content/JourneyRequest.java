package io.parcours.content;

import io.parcours.lead.Stage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A persona's journey as marketing writes it. A stage left out of requiredContent requires the
 * default types of that stage; give it an empty list to require nothing.
 */
public record JourneyRequest(
    @Schema(
            description =
                "The stages the persona's leads go through; they skip the others and are refused"
                    + " a move into one")
        @NotEmpty
        List<@NotNull Stage> stages,
    Map<Stage, List<@NotNull ContentType>> requiredContent,
    @Schema(
            description =
                "Per stage, the score at which a lead moves on to the next of the stages; it"
                    + " replaces the score-only journey rules there")
        Map<Stage, @NotNull @Min(0) @Max(1_000_000) Integer> thresholds) {}
