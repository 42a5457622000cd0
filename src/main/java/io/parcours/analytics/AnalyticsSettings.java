package io.parcours.analytics;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "parcours.analytics")
interface AnalyticsSettings {

  /** Read by the @Scheduled expression of the fold. */
  String compactEvery();
}
