package io.parcours.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "parcours.content")
public interface ContentSettings {

  /** Whether a lead entering a stage automatically receives its next best content. */
  @WithDefault("true")
  boolean autoAssign();

  /** How many items a lead receives automatically on entering a stage. */
  @WithDefault("1")
  int autoAssignCount();

  /** How many leads must have received an item before its conversion rate ranks it. */
  @WithDefault("5")
  int minSample();
}
