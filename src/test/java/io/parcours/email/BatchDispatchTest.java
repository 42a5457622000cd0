package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.email.template.EmailTemplate;
import io.parcours.email.template.TemplateText;
import io.parcours.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The batched path: one claim hands several emails over, one of them failing does not keep the
 * others from going, each SENT row has its email.sent event, and a template edited between two
 * sends is rendered at its new version.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class BatchDispatchTest {

  @Inject Dispatcher dispatcher;
  @Inject EntityManager em;

  @Test
  void shouldSendTheRestOfABatchWhenOneEmailCannotBeRenderedAndRecordEachSentEvent()
      throws Exception {
    Map<String, String> good = Mails.journey("LOYAL", "PT0S", false);
    Map<String, String> bad = Mails.journey("LOYAL", "PT0S", false);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EmailTemplate t = EmailTemplate.findById(UUID.fromString(bad.get("template")));
              String loop = "{#for i in 10}x{/for}";
              t.locales.put("en", new TemplateText("Hi", loop, loop));
            });
    List<String> emails = new ArrayList<>();
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String email = uniqueEmail();
      emails.add(email);
      leads.add(lead(good, email, "Ada"));
    }
    String refused = uniqueEmail();
    String refusedLead = lead(bad, refused, "Bob");
    UUID goodJourney = UUID.fromString(good.get("journey"));
    UUID badJourney = UUID.fromString(bad.get("journey"));
    holdAllBut(goodJourney, badJourney);

    dispatcher.dispatch();

    for (int i = 0; i < 3; i++) {
      OutboxEmail row = Mails.row(leads.get(i), goodJourney);
      assertEquals(OutboxStatus.SENT, row.status);
      assertEquals(1, row.attempts);
      List<MimeMessage> received = MailServer.receivedBy(emails.get(i));
      assertEquals(1, received.size());
      assertEquals("Hello Ada", received.get(0).getSubject());
      Object[] event = sentEvent(row.id);
      assertEquals(row.leadId, event[0]);
      assertEquals(row.id.toString(), event[1]);
      assertEquals(goodJourney.toString(), event[2]);
      assertEquals("Hello Ada", event[3]);
      assertEquals("1", event[4]);
      assertEquals(row.messageId, event[5]);
      assertEquals(5, ((Number) event[6]).intValue(), "no other field");
    }
    OutboxEmail failed = Mails.row(refusedLead, badJourney);
    assertEquals(OutboxStatus.FAILED, failed.status);
    assertEquals(1, failed.attempts);
    assertTrue(failed.lastError.contains("locales.en.html"), failed.lastError);
    assertEquals(0, MailServer.receivedBy(refused).size());
  }

  @Test
  void shouldRenderATemplateEditedBetweenTwoSendsAtItsNewVersion() throws Exception {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", false);
    UUID journey = UUID.fromString(setup.get("journey"));
    String first = uniqueEmail();
    lead(setup, first, "Ada");
    Mails.holdAllBut(journey);
    dispatcher.dispatch();
    assertEquals("Hello Ada", MailServer.receivedBy(first).get(0).getSubject());

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "name",
                "Edited " + UUID.randomUUID(),
                "locales",
                Map.of(
                    "en",
                    Map.of(
                        "subject", "Welcome {lead.firstName}",
                        "html", "<p>Welcome</p>",
                        "text", "Welcome"))))
        .when()
        .put("/api/email-templates/" + setup.get("template"))
        .then()
        .statusCode(200);
    String second = uniqueEmail();
    lead(setup, second, "Bea");
    Mails.holdAllBut(journey);
    dispatcher.dispatch();

    assertEquals("Welcome Bea", MailServer.receivedBy(second).get(0).getSubject());
  }

  private static String lead(Map<String, String> setup, String email, String firstName) {
    return createLeadId(
        Map.of(
            "email",
            email,
            "firstName",
            firstName,
            "stage",
            "LOYAL",
            "personaId",
            setup.get("persona"),
            "consent",
            GRANTED));
  }

  /** The lead and payload fields of the email's one email.sent event, and how many fields. */
  private Object[] sentEvent(UUID emailId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> rows =
                  em.createNativeQuery(
                          "select lead_id, payload->>'emailId', payload->>'journeyId',"
                              + " payload->>'subject', payload->>'attempts',"
                              + " payload->>'messageId',"
                              + " (select count(*) from jsonb_object_keys(payload))"
                              + " from domain_event"
                              + " where type = 'email.sent' and payload->>'emailId' = ?1")
                      .setParameter(1, emailId.toString())
                      .getResultList();
              assertEquals(1, rows.size(), "one email.sent event for " + emailId);
              return (Object[]) rows.get(0);
            });
  }

  /** Puts every waiting email of other journeys a day later. */
  private static void holdAllBut(UUID one, UUID other) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "dueAt = ?1 where status = ?2 and (journeyId is null or journeyId not in ?3)",
                    Instant.now().plus(Duration.ofDays(1)),
                    OutboxStatus.PENDING,
                    List.of(one, other)));
  }
}
