package io.parcours.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration CAP = Duration.ofHours(6);

  @Test
  void shouldNotWaitBeforeTheFirstFailure() {
    assertEquals(Duration.ZERO, Backoff.after(0, MINUTE, CAP));
  }

  @Test
  void shouldDoubleTheWaitAfterEachFailure() {
    assertEquals(Duration.ofMinutes(1), Backoff.after(1, MINUTE, CAP));
    assertEquals(Duration.ofMinutes(2), Backoff.after(2, MINUTE, CAP));
    assertEquals(Duration.ofMinutes(4), Backoff.after(3, MINUTE, CAP));
    assertEquals(Duration.ofMinutes(8), Backoff.after(4, MINUTE, CAP));
  }

  @Test
  void shouldNeverWaitLongerThanTheCap() {
    assertEquals(CAP, Backoff.after(10, MINUTE, CAP));
    assertEquals(CAP, Backoff.after(1000, MINUTE, CAP));
  }

  @Test
  void shouldKeepSubSecondWaitsExact() {
    Duration first = Duration.ofMillis(200);
    assertEquals(Duration.ofMillis(800), Backoff.after(3, first, Duration.ofHours(1)));
    assertEquals(Duration.ofSeconds(2), Backoff.after(20, first, Duration.ofSeconds(2)));
  }
}
