package io.parcours.analytics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "parcours.analytics")
interface AnalyticsSettings {

  /** The period of a report when the request names none: this many days up to today. */
  @WithDefault("90")
  int defaultPeriodDays();

  /** Content effectiveness: the days after receiving an item within which advancing counts. */
  @WithDefault("30")
  int advanceWithinDays();

  /** A/B results: the smallest absolute change of conversion rate a test must be able to see. */
  @WithDefault("0.05")
  double minimumDetectableEffect();

  @WithDefault("0.05")
  double alpha();

  @WithDefault("0.8")
  double power();

  /** Read by the @Scheduled expression of the fold. */
  String compactEvery();
}
