package io.parcours.journeys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Entry on a date attribute of the lead (YYYY-MM-DD in its attributes): the lead enters this many
 * days before (negative) or after it, at this local time in the lead's time zone.
 */
public record DateEntry(
    @Schema(description = "The attribute holding the date, e.g. renewal")
        @NotBlank
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{0,63}", message = "must be an attribute name")
        String attribute,
    @Schema(description = "Days after the date; negative: before it") @NotNull @Min(-366) @Max(366)
        Integer days,
    @Schema(description = "Local time in the lead's time zone, HH:mm; 09:00 when absent")
        @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time such as 09:00")
        String at) {

  DateEntry normalised() {
    return new DateEntry(attribute, days, at == null ? "09:00" : at);
  }
}
