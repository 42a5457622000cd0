package io.parcours.journeys;

import io.parcours.common.AppClock;
import java.time.Duration;
import java.time.Instant;

/** The application's clock, ahead of the real one by as much as the test says. */
class JourneyClock extends AppClock {
  volatile Duration ahead = Duration.ZERO;

  @Override
  public Instant now() {
    return super.now().plus(ahead);
  }
}
