package io.parcours.settings;

import io.parcours.common.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One change of the settings: when, by whom, and each setting's stored value before and after. */
public record SettingsChangeView(
    long id, Instant changedAt, Actor actor, String actorName, List<Change> changes) {

  /** {@code from} or {@code to} absent: the environment's default applied. */
  public record Change(String setting, BigDecimal from, BigDecimal to) {}
}
