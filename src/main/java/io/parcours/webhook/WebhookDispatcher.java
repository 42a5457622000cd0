package io.parcours.webhook;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Sends due webhook deliveries; any number of instances share the work through SKIP LOCKED. */
@ApplicationScoped
class WebhookDispatcher {

  /** Rounds per tick, so that one tick drains a backlog without running forever. */
  private static final int MAX_ROUNDS = 20;

  @Inject Deliveries deliveries;
  @Inject Sender sender;

  @Scheduled(
      every = "{parcours.webhooks.poll-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Deliveries.Claimed> claimed = deliveries.claim();
      if (claimed.isEmpty()) {
        return;
      }
      for (Deliveries.Claimed d : claimed) {
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
}
