package io.parcours.webhook;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;

/** Sends due webhook deliveries; any number of instances share the work through SKIP LOCKED. */
@ApplicationScoped
class WebhookDispatcher {

  /** Rounds per tick, so that one tick drains a backlog without running forever. */
  private static final int MAX_ROUNDS = 20;

  @Inject Deliveries deliveries;
  @Inject Sender sender;
  @Inject WebhookSettings settings;
  @Inject ManagedExecutor executor;

  @Scheduled(
      every = "{parcours.webhooks.poll-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Deliveries.Claimed> claimed = deliveries.claim();
      if (claimed.isEmpty()) {
        return;
      }
      int lanes = Math.min(settings.senders(), claimed.size());
      List<CompletableFuture<Void>> running = new ArrayList<>();
      for (int lane = 1; lane < lanes; lane++) {
        int first = lane;
        running.add(executor.runAsync(() -> sendEvery(claimed, first, lanes)));
      }
      sendEvery(claimed, 0, lanes);
      running.forEach(CompletableFuture::join);
    }
  }

  /** Sends the claimed deliveries first, first + step, first + 2 step... one after the other. */
  private void sendEvery(List<Deliveries.Claimed> claimed, int first, int step) {
    for (int i = first; i < claimed.size(); i += step) {
      Deliveries.Claimed d = claimed.get(i);
      Deliveries.Outcome outcome = sender.send(d);
      if (!outcome.delivered()) {
        Log.warnf(
            "Webhook delivery %s (try %d) to %s failed: %s %s",
            d.id(), d.attempt(), d.url(), outcome.statusCode(), outcome.error());
      }
      deliveries.finish(d, outcome);
    }
  }
}
