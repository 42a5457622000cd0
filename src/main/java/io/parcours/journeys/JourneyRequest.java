package io.parcours.journeys;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.TouchpointType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A journey as created or replaced: exactly one entry (a stage, a touchpoint type or a silence);
 * absent reentry means EVERY, absent active means true.
 */
public record JourneyRequest(
    @NotBlank @Size(max = 200) String name,
    @Schema(description = "Entry: the lead enters this stage") Stage entryStage,
    @Schema(description = "Entry: a touchpoint of this type is recorded")
        TouchpointType entryTouchpoint,
    UUID personaId,
    Reentry reentry,
    @NotEmpty @Size(max = 30) List<@NotNull @Valid JourneyStep> steps,
    @Schema(description = "Exit: a touchpoint of one of these types (a goal, a complaint)")
        @Size(max = 30)
        List<@NotNull TouchpointType> exitTouchpoints,
    @Schema(description = "Exit: the lead reaches one of these stages") @Size(max = 10)
        List<@NotNull Stage> exitStages,
    @Schema(description = "Exit: an email of the journey fails for good") Boolean exitOnBounce,
    Boolean active,
    @Schema(
            description =
                "Entry: a customer (CUSTOMER, LOYAL, ADVOCATE) without a touchpoint for this"
                    + " ISO-8601 duration, e.g. P90D (win-back); once per silence")
        @Size(max = 40)
        String entrySilence,
    @Schema(description = "Entry: a date attribute of the lead, N days before or after") @Valid
        DateEntry entryDate) {}
