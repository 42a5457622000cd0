package io.parcours.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "parcours.email")
public interface EmailSettings {

  /** How often the dispatcher looks for due emails; "off" disables it. Read by @Scheduled. */
  @WithDefault("10s")
  String dispatchEvery();

  /**
   * How many due emails one claim takes; the batch is handed over to SMTP at once, so a crash can
   * leave up to this many UNKNOWN per sender.
   */
  @WithDefault("20")
  int batchSize();

  /**
   * Dispatchers run side by side in this instance, each claiming its own batches and sending them
   * over the mailer's pool of kept-alive SMTP connections.
   */
  @WithDefault("4")
  int senders();

  /** Attempts before a temporarily failing email is given up as FAILED. */
  @WithDefault("5")
  int maxAttempts();

  /** The wait before the first retry, doubled after each further failure. */
  @WithDefault("PT1M")
  Duration backoff();

  @WithDefault("PT6H")
  Duration maxBackoff();

  /**
   * How long sending pauses after the SMTP relay could not be reached, doubled while it stays
   * unreachable, up to maxRelayPause; the emails keep their attempts meanwhile.
   */
  @WithDefault("PT30S")
  Duration relayPause();

  @WithDefault("PT5M")
  Duration maxRelayPause();

  /** How long an email may stay SENDING before it is taken for UNKNOWN. */
  @WithDefault("PT15M")
  Duration lease();
}
