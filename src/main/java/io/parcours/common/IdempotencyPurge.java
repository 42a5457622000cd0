package io.parcours.common;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Forgets Idempotency-Keys once a retry can no longer be expected. */
@ApplicationScoped
class IdempotencyPurge {

  @ConfigMapping(prefix = "parcours.idempotency")
  interface Settings {
    Duration retention();

    /** Read by the @Scheduled expression below. */
    String purgeCron();
  }

  @Inject Settings settings;
  @Inject EntityManager em;
  @Inject AppClock clock;

  @Scheduled(
      cron = "{parcours.idempotency.purge-cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void purge() {
    em.createNativeQuery("delete from idempotency_key where created_at < ?1")
        .setParameter(1, clock.now().minus(settings.retention()))
        .executeUpdate();
  }
}
