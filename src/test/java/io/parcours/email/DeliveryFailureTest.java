package io.parcours.email;

import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.parcours.support.SmtpGate.Mode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SMTP answering 4xx or 5xx, a connection cut mid-message, and an email a crash left SENDING (a
 * relay that refuses connections: RelayOutageTest).
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class DeliveryFailureTest {

  @Inject Dispatcher dispatcher;
  @Inject EmailEvents events;

  @AfterEach
  void reopen() throws IOException {
    MailServer.gate().mode(Mode.OPEN);
  }

  @Test
  void shouldRetryOnTheBackoffScheduleWhileSmtpAnswers4xxAndSendOnceItAccepts() throws Exception {
    Lead lead = dueLead();
    MailServer.gate().mode(Mode.TEMPORARY);

    Instant before = Instant.now();
    dispatcher.dispatch();
    OutboxEmail first = lead.row();
    assertEquals(OutboxStatus.PENDING, first.status);
    assertEquals(1, first.attempts);
    assertWaited(first, before, Duration.ofMinutes(1));

    Mails.makeDue(lead.id, lead.journey);
    before = Instant.now();
    dispatcher.dispatch();
    OutboxEmail second = lead.row();
    assertEquals(2, second.attempts);
    assertWaited(second, before, Duration.ofMinutes(2));
    assertEquals(0, MailServer.receivedBy(lead.email).size());

    MailServer.gate().mode(Mode.OPEN);
    Mails.makeDue(lead.id, lead.journey);
    dispatcher.dispatch();

    OutboxEmail sent = lead.row();
    assertEquals(OutboxStatus.SENT, sent.status);
    assertEquals(3, sent.attempts);
    assertEquals(1, MailServer.receivedBy(lead.email).size());
    assertTrue(events.sent.contains(sent.id));
  }

  @Test
  void shouldGiveUpAfterTheLastAttemptWhenSmtpAnswers4xx() throws Exception {
    Lead lead = dueLead();
    MailServer.gate().mode(Mode.TEMPORARY);

    for (int i = 0; i < 3; i++) {
      Mails.makeDue(lead.id, lead.journey);
      dispatcher.dispatch();
    }

    OutboxEmail failed = lead.row();
    assertEquals(OutboxStatus.FAILED, failed.status);
    assertEquals(3, failed.attempts);
    assertTrue(failed.lastError.contains("451"), failed.lastError);
    assertTrue(events.failed.contains(failed.id));
    MailServer.gate().mode(Mode.OPEN);
    Mails.makeDue(lead.id, lead.journey);
    dispatcher.dispatch();
    assertEquals(0, MailServer.receivedBy(lead.email).size());
  }

  @Test
  void shouldRetryAnEmailWhoseConnectionDroppedMidMessageAndSendItOnce() throws Exception {
    Lead lead = dueLead();
    MailServer.gate().mode(Mode.CUT);

    Instant before = Instant.now();
    dispatcher.dispatch();
    OutboxEmail cut = lead.row();
    assertEquals(OutboxStatus.PENDING, cut.status);
    assertEquals(1, cut.attempts);
    assertWaited(cut, before, Duration.ofMinutes(1));
    assertEquals(0, MailServer.receivedBy(lead.email).size());

    MailServer.gate().mode(Mode.OPEN);
    Mails.makeDue(lead.id, lead.journey);
    dispatcher.dispatch();

    assertEquals(OutboxStatus.SENT, lead.row().status);
    assertEquals(1, MailServer.receivedBy(lead.email).size());
  }

  @Test
  void shouldQueueAgainAnEmailClaimedButNeverHandedToSmtpAndSendItOnce() throws Exception {
    Lead lead = dueLead();
    abandon(lead, false);

    dispatcher.dispatch();

    OutboxEmail sent = lead.row();
    assertEquals(OutboxStatus.SENT, sent.status);
    assertEquals(1, sent.attempts);
    assertEquals(1, MailServer.receivedBy(lead.email).size());
  }

  /** The lead's email as a crash leaves it: SENDING an hour ago, handed to SMTP or not. */
  private static void abandon(Lead lead, boolean handedOver) {
    Instant claimed = Instant.now().minus(Duration.ofHours(1));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "status = ?1, claimedAt = ?2, handedOverAt = ?3 where leadId = ?4",
                    OutboxStatus.SENDING,
                    claimed,
                    handedOver ? claimed : null,
                    UUID.fromString(lead.id)));
  }

  @Test
  void shouldFailAtOnceWithoutRetryWhenSmtpAnswers5xx() throws Exception {
    Lead lead = dueLead();
    MailServer.gate().mode(Mode.PERMANENT);

    dispatcher.dispatch();
    Mails.makeDue(lead.id, lead.journey);
    dispatcher.dispatch();

    OutboxEmail failed = lead.row();
    assertEquals(OutboxStatus.FAILED, failed.status);
    assertEquals(1, failed.attempts);
    assertTrue(failed.lastError.contains("550"), failed.lastError);
  }

  @Test
  void shouldMarkAnEmailLeftSendingAfterItsHandOverUnknownAndSendItOnlyWhenRequeued()
      throws Exception {
    Lead lead = dueLead();
    abandon(lead, true);

    dispatcher.dispatch();

    OutboxEmail unknown = lead.row();
    assertEquals(OutboxStatus.UNKNOWN, unknown.status);
    assertEquals(0, MailServer.receivedBy(lead.email).size());
    given()
        .when()
        .get("/api/emails?status=UNKNOWN&leadId=" + lead.id)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));

    given()
        .when()
        .post("/api/emails/" + unknown.id + "/requeue")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
    dispatcher.dispatch();
    dispatcher.dispatch();

    assertEquals(OutboxStatus.SENT, lead.row().status);
    assertEquals(1, MailServer.receivedBy(lead.email).size());
    given()
        .when()
        .post("/api/emails/" + unknown.id + "/requeue")
        .then()
        .statusCode(409)
        .body("status", equalTo(409))
        .body("detail", equalTo("Only an UNKNOWN or FAILED email can be requeued"));
  }

  private static void assertWaited(OutboxEmail row, Instant before, Duration wait) {
    Instant after = Instant.now();
    assertTrue(
        !row.dueAt.isBefore(before.plus(wait)) && !row.dueAt.isAfter(after.plus(wait)),
        "due " + row.dueAt + " should be " + wait + " after the attempt");
  }

  private record Lead(String id, String email, UUID journey) {
    OutboxEmail row() {
      return Mails.row(id, journey);
    }
  }

  /** A lead entering a stage whose journey of its own sends at once. */
  private static Lead dueLead() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", false);
    String email = uniqueEmail();
    String id = Mails.loyalLead(setup, email);
    UUID journey = UUID.fromString(setup.get("journey"));
    Mails.holdAllBut(journey);
    return new Lead(id, email, journey);
  }
}
