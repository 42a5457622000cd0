package io.parcours.common;

import java.time.Duration;

/** Exponential backoff: the first wait after the first failure, doubled each time, capped. */
public final class Backoff {

  private Backoff() {}

  /** The wait after this many failures in a row; none before the first. */
  public static Duration after(int failures, Duration first, Duration max) {
    if (failures < 1) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - 1, 30);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
