package io.parcours.discount;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parcours.discount")
public interface DiscountSettings {

  /** How long a code is valid when the request does not say. */
  @WithDefault("P30D")
  Duration validity();
}
