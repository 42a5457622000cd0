package io.parcours.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deletes expired sessions and login failures no longer counted. */
@ApplicationScoped
class SessionPurge {

  @Inject Sessions sessions;
  @Inject LoginThrottle throttle;

  @Scheduled(
      cron = "{parcours.session.purge-cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    sessions.purgeExpired();
    throttle.purge();
  }
}
