package io.parcours.email;

import static io.restassured.RestAssured.given;

import io.parcours.journeys.Runner;
import io.parcours.support.Fixtures;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the email tests share: the seeded journeys, moving a lead, reading messages and rows. */
final class Mails {

  /** Seed 001's customer follow-up: thanks at once, news and a discount at 7 days, review at 30. */
  static final UUID CUSTOMER_FOLLOW_UP = UUID.fromString("00000000-0000-4000-8000-00000000f001");

  /** The decision-stage case study, a day after entering DECISION. */
  static final UUID DECISION_CASE = UUID.fromString("00000000-0000-4000-8000-00000000f004");

  static final Map<String, Object> GRANTED =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "checkout");

  private Mails() {}

  static void move(String leadId, String stage) {
    io.parcours.support.Fixtures.moveTo(leadId, stage, "test");
  }

  /**
   * A template and a journey of its own that sends it after the delay, for a persona of its own so
   * that no other test meets it.
   */
  static Map<String, String> journey(String stage, String delay, boolean marketing) {
    String persona = io.parcours.support.Fixtures.createPersona("Email test");
    String template =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Test " + UUID.randomUUID(),
                    "locales",
                    Map.of(
                        "en",
                        Map.of(
                            "subject", "Hello {lead.firstName}",
                            "html", "<p>Hello {lead.firstName}</p>",
                            "text", "Hello {lead.firstName}"))))
            .when()
            .post("/api/email-templates")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> send =
        Map.of("kind", "SEND", "templateId", template, "marketing", marketing);
    List<Map<String, Object>> steps =
        java.time.Duration.parse(delay).isZero()
            ? List.of(send)
            : List.of(Map.of("kind", "WAIT", "duration", delay), send);
    String journey =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "Test journey",
                    "entryStage", stage,
                    "personaId", persona,
                    "steps", steps))
            .when()
            .post("/api/journeys")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return Map.of("persona", persona, "template", template, "journey", journey);
  }

  /**
   * As if the clock had run: the lead's waiting step of this journey becomes due and runs, and its
   * emails are due now. Emails other journeys planned meanwhile are held back.
   */
  /** A LOYAL lead of the journey's persona, consent granted, by this email; answers its id. */
  static String loyalLead(Map<String, String> journey, String email) {
    return Fixtures.createLeadId(
        Map.of(
            "email",
            email,
            "stage",
            "LOYAL",
            "personaId",
            journey.get("persona"),
            "consent",
            GRANTED));
  }

  static void makeDue(String leadId, UUID journeyId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.getEntityManager()
                    .createNativeQuery(
                        "update journey_enrolment set due_at = ?1 where lead_id = ?2"
                            + " and journey_id = ?3 and state = 'WAITING'")
                    .setParameter(1, Instant.now().minusSeconds(1))
                    .setParameter(2, UUID.fromString(leadId))
                    .setParameter(3, journeyId)
                    .executeUpdate());
    Arc.container().instance(Runner.class).get().advance();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "dueAt = ?1 where leadId = ?2 and journeyId = ?3 and status = ?4",
                    Instant.now().minusSeconds(1),
                    UUID.fromString(leadId),
                    journeyId,
                    OutboxStatus.PENDING));
    holdAllBut(journeyId);
  }

  /**
   * Puts every other journey's waiting emails a day later, so that a dispatch here meets only this
   * test's: earlier tests in the same run leave due emails behind.
   */
  static void holdAllBut(UUID journeyId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "dueAt = ?1 where status = ?2 and (journeyId is null or journeyId <> ?3)",
                    Instant.now().plus(java.time.Duration.ofDays(1)),
                    OutboxStatus.PENDING,
                    journeyId));
  }

  static List<OutboxEmail> rows(String leadId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OutboxEmail.<OutboxEmail>list(
                    "leadId = ?1 order by dueAt", UUID.fromString(leadId)));
  }

  static OutboxEmail row(String leadId, UUID journeyId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OutboxEmail.<OutboxEmail>find(
                        "leadId = ?1 and journeyId = ?2", UUID.fromString(leadId), journeyId)
                    .singleResult());
  }

  /** The decoded text of the first part of this type (text/html, text/plain). */
  static String part(MimeMessage message, String type) throws Exception {
    String found = part((Part) message, type);
    if (found == null) {
      throw new AssertionError("no " + type + " part");
    }
    return found;
  }

  private static String part(Part p, String type) throws Exception {
    if (p.isMimeType(type)) {
      return (String) p.getContent();
    }
    if (p.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) p.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart child = mp.getBodyPart(i);
        String found = part(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The path of the unsubscribe link a message carries in its List-Unsubscribe header. */
  static String unsubscribePath(MimeMessage message) throws Exception {
    String header = message.getHeader("List-Unsubscribe")[0];
    String url = header.substring(header.indexOf('<') + 1, header.indexOf('>'));
    return url.substring(url.indexOf("/unsubscribe/"));
  }
}
