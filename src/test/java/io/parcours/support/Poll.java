package io.parcours.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the service does in the background: reads again until the answer is right. */
public final class Poll {

  private Poll() {}

  /** The first value read that satisfies {@code done}; fails with the last one after patience. */
  public static <T> T until(Supplier<T> read, Predicate<T> done, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      T value = read.get();
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + patience + "; last read: " + value);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting", e);
      }
    }
  }
}
