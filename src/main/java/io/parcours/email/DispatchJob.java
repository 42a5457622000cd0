package io.parcours.email;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;

/** Runs the dispatcher on its schedule; at startup, first surfaces what a crash left SENDING. */
@ApplicationScoped
class DispatchJob {

  @Inject Dispatcher dispatcher;
  @Inject EmailSettings settings;
  @Inject ManagedExecutor executor;

  void atStartup(@Observes StartupEvent start) {
    dispatcher.markAbandoned();
  }

  @Scheduled(
      every = "{parcours.email.dispatch-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    List<CompletableFuture<Integer>> others = new ArrayList<>();
    for (int i = 1; i < settings.senders(); i++) {
      others.add(executor.supplyAsync(dispatcher::dispatch));
    }
    dispatcher.dispatch();
    others.forEach(CompletableFuture::join);
  }
}
