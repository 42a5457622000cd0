package io.parcours.email;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Runs the dispatcher on its schedule; at startup, first surfaces what a crash left SENDING. */
@ApplicationScoped
class DispatchJob {

  @Inject Dispatcher dispatcher;

  void atStartup(@Observes StartupEvent start) {
    dispatcher.markAbandoned();
  }

  @Scheduled(
      every = "{parcours.email.dispatch-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    dispatcher.dispatch();
  }
}
