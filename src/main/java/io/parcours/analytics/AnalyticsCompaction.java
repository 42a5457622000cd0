package io.parcours.analytics;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Folds the pending deltas into the rollups, so that reports read few rows. */
@ApplicationScoped
class AnalyticsCompaction {

  @Inject EntityManager em;

  @Scheduled(
      every = "{parcours.analytics.compact-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void compact() {
    em.createNativeQuery("select analytics_compact()").getSingleResult();
  }
}
