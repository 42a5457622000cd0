package io.parcours.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parcours.common.AppClock;
import io.parcours.common.Backoff;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The SMTP relay as this instance's dispatchers see it. When it cannot be reached, sending pauses
 * (for the relay pause, doubled while it stays unreachable, as an MTA defers a destination) instead
 * of spending the emails' attempts; the first session the relay accepts ends the pauses. Exposed as
 * the gauge parcours.email.relay.paused (1 while paused) and the counter
 * parcours.email.relay.pauses, from start-up.
 */
@Startup
@ApplicationScoped
class Relay {

  @Inject AppClock clock;
  @Inject EmailSettings settings;
  @Inject MeterRegistry registry;

  private Counter pauses;
  private int failures;
  private Instant until = Instant.MIN;

  @PostConstruct
  void metrics() {
    Gauge.builder("parcours.email.relay.paused", this, r -> r.paused() ? 1 : 0)
        .description("1 while sending is paused because the SMTP relay cannot be reached")
        .register(registry);
    pauses =
        Counter.builder("parcours.email.relay.pauses")
            .description("Pauses of sending because the SMTP relay could not be reached")
            .register(registry);
  }

  synchronized boolean paused() {
    return clock.now().isBefore(until);
  }

  /**
   * A session failed before any message was offered. Starts the next, longer pause, unless one is
   * running already (other dispatchers failing at the same time count once).
   */
  synchronized void unreachable(String error) {
    Instant now = clock.now();
    if (now.isBefore(until)) {
      return;
    }
    failures++;
    Duration wait = Backoff.after(failures, settings.relayPause(), settings.maxRelayPause());
    until = now.plus(wait);
    pauses.increment();
    Log.warnf(
        "SMTP relay unreachable (%s): sending paused for %s until %s (pause %d in a row);"
            + " the emails keep their attempts",
        error, wait, until, failures);
  }

  /** The relay answered a session: whatever it said about the message, it is reachable. */
  synchronized void reached() {
    if (failures > 0) {
      Log.infof("SMTP relay reachable again after %d pause(s): sending resumed", failures);
    }
    failures = 0;
    until = Instant.MIN;
  }
}
