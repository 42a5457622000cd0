package io.parcours.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parcours.content")
public interface ContentSettings {

  /** Whether a lead entering a stage automatically receives its next best content. */
  @WithDefault("true")
  boolean autoAssign();

  /** How many items a lead receives automatically on entering a stage. */
  @WithDefault("1")
  int autoAssignCount();

  /**
   * How long an instance keeps the personas' journeys before reading them again; a change made
   * through the instance itself applies at once.
   */
  @WithDefault("30s")
  Duration journeyRefresh();

  /** How many leads must have received an item before its conversion rate ranks it. */
  @WithDefault("5")
  int minSample();
}
