package io.parcours.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "parcours.webhooks")
public interface WebhookSettings {

  /**
   * Hosts (names or addresses) a target may use although they are not globally routable (loopback,
   * private, this host's own); empty in production.
   */
  Optional<List<String>> allowedHosts();

  /** Seals webhook secrets in the database (at least 32 characters); required in production. */
  String secretKey();

  /** How long a replaced secret keeps signing beside the new one after a rotation. */
  @WithDefault("PT24H")
  Duration secretOverlap();

  /** Tries of one delivery before it stops as failed. */
  @WithDefault("8")
  int maxAttempts();

  /** The wait after the first failure; it doubles after each further one, up to backoffMax. */
  @WithDefault("PT10S")
  Duration backoff();

  @WithDefault("PT1H")
  Duration backoffMax();

  /** How long a receiver may take to answer. */
  @WithDefault("PT10S")
  Duration timeout();

  /** Deliveries claimed at once by one dispatcher. */
  @WithDefault("50")
  int batchSize();

  /**
   * Deliveries of one claim sent side by side. A claim holds at most one delivery per lead and
   * subscription, so each lead's events still arrive in order.
   */
  @WithDefault("8")
  int senders();

  /** Read by the @Scheduled expression of the dispatcher. */
  String pollEvery();
}
