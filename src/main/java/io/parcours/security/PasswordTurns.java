package io.parcours.security;

import io.parcours.common.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Password checks (bcrypt) run a few at a time in each instance: a flood of logins from many
 * addresses takes only a few threads and database connections, not the whole instance.
 */
@ApplicationScoped
class PasswordTurns {

  @Inject LoginThrottle.Settings settings;

  private Semaphore turns;

  @PostConstruct
  void start() {
    turns = new Semaphore(settings.concurrentChecks(), true);
  }

  /** Waits check-wait at most for a turn, then answers 429. */
  <T> T inTurn(Supplier<T> check) {
    boolean acquired;
    try {
      acquired = turns.tryAcquire(settings.checkWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new Problem(
              429, "Too many requests", "Too many logins at once; retry after the given delay")
          .with("retryAfterSeconds", 1);
    }
    try {
      return check.get();
    } finally {
      turns.release();
    }
  }
}
