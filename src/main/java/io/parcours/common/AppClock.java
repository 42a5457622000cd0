package io.parcours.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time the application acts on; one bean so that tests can move it. */
@ApplicationScoped
public class AppClock {

  /** Now, truncated to what PostgreSQL stores, so that values read back compare equal. */
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
