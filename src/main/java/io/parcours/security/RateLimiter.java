package io.parcours.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code limit} requests a window, refilled continuously. Kept in memory,
 * so with several instances each one allows the limit.
 */
final class RateLimiter {

  record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {}

  private final long windowNanos;
  private final Map<Object, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  Decision take(Object key, long limit, long nowNanos) {
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit, nowNanos));
    synchronized (bucket) {
      double perNano = (double) limit / windowNanos;
      bucket.tokens = Math.min(limit, bucket.tokens + (nowNanos - bucket.at) * perNano);
      bucket.at = nowNanos;
      boolean allowed = bucket.tokens >= 1;
      if (allowed) {
        bucket.tokens -= 1;
      }
      long untilOne = allowed ? 0 : (long) Math.ceil((1 - bucket.tokens) / perNano);
      long untilFull = (long) Math.ceil((limit - bucket.tokens) / perNano);
      long reset = Math.max(1, (long) Math.ceil((allowed ? untilFull : untilOne) / 1e9));
      return new Decision(allowed, limit, (long) Math.floor(bucket.tokens), reset);
    }
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
