package io.parcours.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.common.Actor;
import io.parcours.support.Feed;
import io.parcours.support.Poll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writers commit in another order than they took their ids; a consumer polling all along must still
 * receive every event exactly once.
 */
@QuarkusTest
class FeedOrderTest {

  private static final Actor TEST = Actor.system("feed-order-test");

  @Inject DomainEvents events;
  @Inject EntityManager em;

  @Test
  void shouldOrderTransactionIdsAsNumbersAcrossAPowerOfTen() {
    // Transaction ids 8 to 11 are older than anything a running cluster writes: these events
    // come first in the feed, whatever other tests wrote.
    String marker = UUID.randomUUID().toString();
    List<Long> txids = List.of(8L, 9L, 10L, 11L);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                txids.forEach(
                    txid ->
                        em.createNativeQuery(
                                "insert into domain_event (txid, type, lead_id, occurred_at,"
                                    + " payload) values (cast(cast(?1 as text) as xid8),"
                                    + " 'test.position', cast(?2 as uuid), now(),"
                                    + " cast(?3 as jsonb))")
                            .setParameter(1, txid)
                            .setParameter(2, marker)
                            .setParameter(3, "{\"txid\":" + txid + "}")
                            .executeUpdate()));
    try {
      List<Object> served =
          Feed.fromStart().poll().stream()
              .filter(Feed.ofLead(marker))
              .<Object>map(e -> ((Map<?, ?>) e.get("data")).get("txid"))
              .toList();

      assertEquals(List.of(8, 9, 10, 11), served);
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery("delete from domain_event where lead_id = cast(?1 as uuid)")
                      .setParameter(1, marker)
                      .executeUpdate());
    }
  }

  @Test
  void shouldHoldBackLaterEventsUntilASlowTransactionCommits() throws Exception {
    Feed feed = Feed.fromNow();
    String earlyLead = UUID.randomUUID().toString();
    String slowLead = UUID.randomUUID().toString();
    String fastLead = UUID.randomUUID().toString();
    QuarkusTransaction.requiringNew().run(() -> record(earlyLead));
    CountDownLatch recorded = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<?> slow =
        pool.submit(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          record(slowLead);
                          recorded.countDown();
                          await(release);
                        }));
    assertTrue(recorded.await(10, TimeUnit.SECONDS));
    QuarkusTransaction.requiringNew().run(() -> record(fastLead));

    // the feed answers while the slow transaction runs (the earlier event comes), but not past it
    List<Object> whileSlow = new ArrayList<>();
    Poll.until(
        () -> {
          whileSlow.addAll(leads(feed.poll()));
          return whileSlow;
        },
        served -> served.contains(earlyLead),
        Duration.ofSeconds(10));
    assertFalse(whileSlow.contains(fastLead), "served past a transaction still running");

    release.countDown();
    slow.get(10, TimeUnit.SECONDS);
    pool.shutdown();
    List<Map<String, Object>> after =
        feed.await(e -> Set.of(slowLead, fastLead).contains(e.get("leadId")), 2);
    assertEquals(List.of(slowLead, fastLead), leads(after));
  }

  @Test
  void shouldDeliverEveryEventOnceToAConsumerPollingDuringConcurrentWrites() throws Exception {
    Feed feed = Feed.fromNow();
    String marker = UUID.randomUUID().toString();
    int writers = 6;
    int eachWrites = 15;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = 0; i < eachWrites; i++) {
                  // Hold the transaction open a little after the insert: commits overtake ids.
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            record(marker);
                            sleep(ThreadLocalRandom.current().nextInt(0, 15));
                          });
                }
              }));
    }
    List<Map<String, Object>> seen = new ArrayList<>();
    while (running.stream().anyMatch(f -> !f.isDone())) {
      feed.poll().stream().filter(Feed.ofLead(marker)).forEach(seen::add);
      sleep(5);
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    int total = writers * eachWrites;
    seen.addAll(feed.await(Feed.ofLead(marker), total - seen.size()));

    Set<Object> ids = new HashSet<>();
    seen.forEach(e -> assertTrue(ids.add(e.get("id")), "served twice: " + e.get("id")));
    assertEquals(total, ids.size());
  }

  private void record(String leadId) {
    events.record(DomainEvents.LEAD_UPDATED, UUID.fromString(leadId), Map.of("test", true), TEST);
  }

  private static List<Object> leads(List<Map<String, Object>> seen) {
    return seen.stream().map(e -> e.get("leadId")).toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
