package io.parcours.settings;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The environment's values: the defaults of the settings, and how often instances re-read them. */
@ConfigMapping(prefix = "parcours.settings")
interface SettingDefaults {

  int emailWeeklyCap();

  int stalledAfterDays();

  double abMinimumDetectableEffect();

  double abAlpha();

  double abPower();

  int analyticsDefaultPeriodDays();

  int analyticsAdvanceWithinDays();

  /** How long an instance uses the settings it read before reading them again. */
  Duration refresh();

  default SettingsValues values() {
    return new SettingsValues(
        emailWeeklyCap(),
        stalledAfterDays(),
        abMinimumDetectableEffect(),
        abAlpha(),
        abPower(),
        analyticsDefaultPeriodDays(),
        analyticsAdvanceWithinDays());
  }
}
