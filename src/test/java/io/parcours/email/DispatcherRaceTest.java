package io.parcours.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two dispatchers over the same 1,000 due emails: each is sent exactly once. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class DispatcherRaceTest {

  private static final int ROWS = 1000;

  @Inject Dispatcher dispatcher;
  @Inject EntityManager em;

  @Test
  void shouldSendEachOfAThousandDueEmailsExactlyOnceWithTwoDispatchersRacing() throws Exception {
    UUID journey = UUID.fromString(Mails.journey("ADVOCATE", "PT0S", true).get("journey"));
    String prefix = "race-" + UUID.randomUUID() + "-";
    QuarkusTransaction.requiringNew().run(() -> insertDueEmails(prefix, journey));
    Mails.holdAllBut(journey);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> runs =
        List.of(pool.submit(() -> race(start)), pool.submit(() -> race(start)));
    long began = System.nanoTime();
    start.countDown();
    int first = runs.get(0).get();
    int second = runs.get(1).get();
    long millis = (System.nanoTime() - began) / 1_000_000;
    pool.shutdown();
    Log.infof(
        "Two dispatchers sent %d emails in %d ms (%d and %d claimed)", ROWS, millis, first, second);

    // A session the test SMTP server drops (421) leaves its row PENDING for a retry after the
    // backoff (the message was not accepted, so the retry is its only copy); a retry may already
    // have happened within the race. Bring the remaining ones forward instead of waiting.
    int retried = retryNow(journey);

    Map<String, Long> counts = MailServer.countsByRecipient(prefix);
    assertEquals(ROWS, counts.size(), "every lead received its email");
    assertTrue(counts.values().stream().allMatch(c -> c == 1), "nobody received it twice");
    assertTrue(first > 0 && second > 0, "both dispatchers took part: " + first + ", " + second);
    Object[] outcome =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        em.createNativeQuery(
                                "select count(*) filter (where status = 'SENT'),"
                                    + " sum(attempts), count(*) filter (where attempts > 1)"
                                    + " from email_outbox where journey_id = ?1")
                            .setParameter(1, journey)
                            .getSingleResult());
    Log.infof("%s email(s) needed more than one attempt", outcome[2]);
    assertEquals(ROWS, ((Number) outcome[0]).intValue(), "every row is SENT");
    assertEquals(
        first + second + retried,
        ((Number) outcome[1]).intValue(),
        "each claim is one recorded attempt");
  }

  /** Makes the rows waiting for a retry due now and dispatches them; answers how many claimed. */
  private int retryNow(UUID journey) {
    int due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "update email_outbox set due_at = now() where journey_id = ?1"
                                + " and status = 'PENDING'")
                        .setParameter(1, journey)
                        .executeUpdate());
    return due > 0 ? dispatcher.dispatch() : 0;
  }

  private Integer race(CountDownLatch start) throws InterruptedException {
    start.await();
    return dispatcher.dispatch();
  }

  /** Leads, their transitions and their due emails, written as the planner would, in bulk. */
  private void insertDueEmails(String prefix, UUID journey) {
    em.createNativeQuery(
            "insert into lead (id, email, stage, stage_entered_at, consent_status, created_at,"
                + " updated_at) select gen_random_uuid(), ?1 || g || '@example.com', 'ADVOCATE',"
                + " now(), 'GRANTED', now(), now() from generate_series(1, ?2) g")
        .setParameter(1, prefix)
        .setParameter(2, ROWS)
        .executeUpdate();
    em.createNativeQuery(
            "insert into stage_transition (lead_id, from_stage, to_stage, kind, at, actor_type,"
                + " cause_type) select id, 'LOYAL', 'ADVOCATE', 'ADVANCE', stage_entered_at,"
                + " 'SYSTEM', 'SYSTEM' from lead where email like ?1")
        .setParameter(1, prefix + "%")
        .executeUpdate();
    em.createNativeQuery(
            "insert into email_outbox (id, lead_id, journey_id, template_id, transition_id, stage,"
                + " stage_entered_at, marketing, status, due_at, created_at, updated_at)"
                + " select gen_random_uuid(), t.lead_id, ?1, (select j.steps -> 0 ->> 'templateId'"
                + " from journey j where j.id = ?1)::uuid, t.id, 'ADVOCATE', t.at, true,"
                + " 'PENDING', now() - interval '1 minute', now(), now()"
                + " from stage_transition t join lead l on l.id = t.lead_id where l.email like ?2")
        .setParameter(1, journey)
        .setParameter(2, prefix + "%")
        .executeUpdate();
  }
}
