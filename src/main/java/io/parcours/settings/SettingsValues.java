package io.parcours.settings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The settings an administrator may change at run time. In a change, an absent (null) setting
 * follows its environment variable again.
 */
@Schema(name = "Settings")
public record SettingsValues(
    @Schema(description = "Marketing emails a lead receives at most in seven days") @Min(0) @Max(50)
        Integer emailWeeklyCap,
    @Schema(description = "A lead is stalled only after this many days in its stage (and its p90)")
        @Min(0)
        @Max(365)
        Integer stalledAfterDays,
    @Schema(description = "A/B tests: smallest change of conversion rate to detect")
        @DecimalMin("0.001")
        @DecimalMax("0.5")
        Double abMinimumDetectableEffect,
    @Schema(description = "A/B tests: significance level") @DecimalMin("0.001") @DecimalMax("0.2")
        Double abAlpha,
    @Schema(description = "A/B tests: statistical power") @DecimalMin("0.5") @DecimalMax("0.99")
        Double abPower,
    @Schema(description = "Reports cover this many days up to today unless a request names some")
        @Min(1)
        @Max(3650)
        Integer analyticsDefaultPeriodDays,
    @Schema(description = "Content effectiveness: advancing within this many days counts")
        @Min(1)
        @Max(365)
        Integer analyticsAdvanceWithinDays) {

  static final SettingsValues NONE = new SettingsValues(null, null, null, null, null, null, null);

  /** Each setting of this set, else the other's. */
  SettingsValues or(SettingsValues other) {
    return new SettingsValues(
        emailWeeklyCap != null ? emailWeeklyCap : other.emailWeeklyCap,
        stalledAfterDays != null ? stalledAfterDays : other.stalledAfterDays,
        abMinimumDetectableEffect != null
            ? abMinimumDetectableEffect
            : other.abMinimumDetectableEffect,
        abAlpha != null ? abAlpha : other.abAlpha,
        abPower != null ? abPower : other.abPower,
        analyticsDefaultPeriodDays != null
            ? analyticsDefaultPeriodDays
            : other.analyticsDefaultPeriodDays,
        analyticsAdvanceWithinDays != null
            ? analyticsAdvanceWithinDays
            : other.analyticsAdvanceWithinDays);
  }
}
