package io.parcours.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

  @Test
  void shouldAllowTheLimitThenRefuseWithTheWaitUntilOneMoreRequest() {
    RateLimiter limiter = new RateLimiter(MINUTE);
    for (int i = 0; i < 60; i++) {
      assertTrue(limiter.take("k", 60, 0).allowed());
    }
    RateLimiter.Decision refused = limiter.take("k", 60, 0);
    assertFalse(refused.allowed());
    assertEquals(0, refused.remaining());
    assertEquals(1, refused.resetSeconds());
  }

  @Test
  void shouldRefillContinuously() {
    RateLimiter limiter = new RateLimiter(MINUTE);
    for (int i = 0; i < 60; i++) {
      limiter.take("k", 60, 0);
    }
    assertTrue(limiter.take("k", 60, TimeUnit.SECONDS.toNanos(1)).allowed());
    assertFalse(limiter.take("k", 60, TimeUnit.SECONDS.toNanos(1)).allowed());
    // 30 seconds refill 30 requests; this one takes one of them.
    assertEquals(29, limiter.take("k", 60, TimeUnit.SECONDS.toNanos(31)).remaining());
  }

  @Test
  void shouldKeepKeysApart() {
    RateLimiter limiter = new RateLimiter(MINUTE);
    assertTrue(limiter.take("a", 1, 0).allowed());
    assertFalse(limiter.take("a", 1, 0).allowed());
    assertTrue(limiter.take("b", 1, 0).allowed());
  }
}
