package io.parcours.journeys;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Advances due enrolments on their schedule. */
@ApplicationScoped
class RunnerJob {

  @Inject Runner runner;

  @Scheduled(
      every = "{parcours.journeys.advance-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    runner.advance();
  }
}
