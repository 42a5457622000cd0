package io.parcours.email;

import static io.parcours.support.Fixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.parcours.common.AppClock;
import io.parcours.common.Backoff;
import io.parcours.support.MailServer;
import io.parcours.support.SmtpGate.Mode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A relay that refuses connections for longer than the whole retry schedule pauses the sender; the
 * emails keep their attempts and each is sent once when it is back. Time runs on a clock the test
 * moves, so the outage lasts an hour of the application's time and no real one.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class RelayOutageTest {

  private static final int LEADS = 3;

  @Inject Dispatcher dispatcher;
  @Inject EmailSettings settings;
  @Inject Relay relay;
  @Inject MeterRegistry registry;

  private final MovingClock clock = new MovingClock();

  @BeforeEach
  void moveTheClock() {
    QuarkusMock.installMockForType(clock, AppClock.class);
  }

  @AfterEach
  void reopen() throws IOException {
    MailServer.gate().mode(Mode.OPEN);
    relay.reached();
  }

  @Test
  void shouldPauseTheSenderNotTheEmailsWhileTheRelayRefusesAndSendEachOnceWhenItIsBack()
      throws Exception {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", false);
    UUID rule = UUID.fromString(setup.get("journey"));
    List<String> leads = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < LEADS; i++) {
      String email = uniqueEmail();
      emails.add(email);
      leads.add(Mails.loyalLead(setup, email));
    }
    Mails.holdAllBut(rule);
    MailServer.gate().mode(Mode.DOWN);

    Duration outage = retrySchedule().multipliedBy(10);
    Duration down = Duration.ZERO;
    double pausesBefore = pauses();
    int rounds = 0;
    while (down.compareTo(outage) < 0) {
      assertEquals(0, dispatcher.dispatch(), "nothing is taken while the relay refuses");
      rounds++;
      assertEquals(1.0, paused(), "the sender is paused");
      assertEquals(pausesBefore + rounds, pauses(), "one pause per failed try of the relay");
      for (String lead : leads) {
        OutboxEmail row = Mails.row(lead, rule);
        assertEquals(OutboxStatus.PENDING, row.status);
        assertEquals(0, row.attempts, "the relay's outage spends no attempt");
        assertNull(row.handedOverAt);
      }

      clock.ahead = clock.ahead.plus(settings.relayPause().dividedBy(2));
      assertEquals(0, dispatcher.dispatch(), "nothing is tried during the pause");
      assertEquals(pausesBefore + rounds, pauses(), "the relay is not tried during the pause");

      clock.ahead = clock.ahead.plus(settings.maxRelayPause());
      down = down.plus(settings.relayPause().dividedBy(2)).plus(settings.maxRelayPause());
    }
    assertTrue(down.compareTo(retrySchedule()) > 0, "down for " + down);

    MailServer.gate().mode(Mode.OPEN);
    assertEquals(LEADS, dispatcher.dispatch());
    assertEquals(0.0, paused(), "sending resumed");
    // The test SMTP server may drop a session under load (421): that email waits for its retry,
    // the one attempt after the outage that may be spent. Bring such retries forward.
    int tries = 1;
    while (tries < 3
        && leads.stream().anyMatch(l -> Mails.row(l, rule).status != OutboxStatus.SENT)) {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  OutboxEmail.getEntityManager()
                      .createNativeQuery(
                          "update email_outbox set due_at = now() where journey_id = ?1"
                              + " and status = 'PENDING'")
                      .setParameter(1, rule)
                      .executeUpdate());
      dispatcher.dispatch();
      tries++;
    }
    for (int i = 0; i < LEADS; i++) {
      OutboxEmail sent = Mails.row(leads.get(i), rule);
      assertEquals(OutboxStatus.SENT, sent.status);
      assertTrue(sent.attempts >= 1 && sent.attempts <= tries, "attempts after the outage only");
      assertEquals(1, MailServer.receivedBy(emails.get(i)).size());
    }
  }

  /** The time from an email's first failed attempt to its last, when every attempt fails. */
  private Duration retrySchedule() {
    Duration total = Duration.ZERO;
    for (int failures = 1; failures < settings.maxAttempts(); failures++) {
      total = total.plus(Backoff.after(failures, settings.backoff(), settings.maxBackoff()));
    }
    return total;
  }

  private double paused() {
    return registry.get("parcours.email.relay.paused").gauge().value();
  }

  private double pauses() {
    return registry.find("parcours.email.relay.pauses").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  /** The application's clock, ahead of the real one by as much as the test says. */
  static class MovingClock extends AppClock {
    volatile Duration ahead = Duration.ZERO;

    @Override
    public Instant now() {
      return super.now().plus(ahead);
    }
  }
}
