package io.parcours.analytics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stay lengths counted in buckets an eighth of a power of two wide, as the database stores them
 * (analytics_bucket): bucket b holds lengths of 2^(b/8) to 2^((b+1)/8) seconds. A percentile is
 * read as the geometric middle of its bucket, within 4.5 % of the exact value.
 */
final class Histogram {

  private final SortedMap<Integer, Long> counts = new TreeMap<>();
  private long total;

  void add(int bucket, long count) {
    counts.merge(bucket, count, Long::sum);
    total += count;
  }

  long total() {
    return total;
  }

  /** The bucket a length in seconds falls into; mirrors the SQL function. */
  static int bucketOf(long seconds) {
    return seconds < 2 ? 0 : (int) Math.floor(8 * Math.log(seconds) / Math.log(2) + 1e-9);
  }

  /** The value a bucket stands for: its geometric middle, in whole seconds. */
  static long valueOf(int bucket) {
    return bucket == 0 ? 1 : Math.round(Math.pow(2, (bucket + 0.5) / 8));
  }

  /**
   * The nearest-rank percentile (the smallest value with at least p of the lengths at or below it),
   * or null without data.
   */
  Long percentile(double p) {
    if (total == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(p * total));
    long seen = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return valueOf(e.getKey());
      }
    }
    return valueOf(counts.lastKey());
  }
}
