package io.parcours.email;

import static io.restassured.RestAssured.given;

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

/** What the email tests share: the seeded rules, moving a lead, reading messages and rows. */
final class Mails {

  static final UUID THANK_YOU = UUID.fromString("00000000-0000-4000-8000-00000000f001");
  static final UUID NEWS_AND_DISCOUNT = UUID.fromString("00000000-0000-4000-8000-00000000f002");
  static final UUID REVIEW_REQUEST = UUID.fromString("00000000-0000-4000-8000-00000000f003");
  static final UUID DECISION_CASE = UUID.fromString("00000000-0000-4000-8000-00000000f004");

  static final Map<String, Object> GRANTED =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "checkout");

  private Mails() {}

  static void move(String leadId, String stage) {
    io.parcours.support.Fixtures.moveTo(leadId, stage, "test");
  }

  /** A template and a rule of its own, for a persona of its own so that no other test meets it. */
  static Map<String, String> rule(String stage, String delay, boolean marketing) {
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
    String rule =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "Test rule",
                    "stage", stage,
                    "personaId", persona,
                    "delay", delay,
                    "templateId", template,
                    "marketing", marketing))
            .when()
            .post("/api/email-rules")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return Map.of("persona", persona, "template", template, "rule", rule);
  }

  /** Moves the emails of a rule for this lead into the past, as if the clock had run. */
  static void makeDue(String leadId, UUID ruleId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "dueAt = ?1 where leadId = ?2 and ruleId = ?3",
                    Instant.now().minusSeconds(1),
                    UUID.fromString(leadId),
                    ruleId));
  }

  /**
   * Puts every other rule's waiting emails a day later, so that a dispatch here meets only this
   * test's: earlier tests in the same run leave due emails behind.
   */
  static void holdAllBut(UUID ruleId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "dueAt = ?1 where status = ?2 and (ruleId is null or ruleId <> ?3)",
                    Instant.now().plus(java.time.Duration.ofDays(1)),
                    OutboxStatus.PENDING,
                    ruleId));
  }

  static List<OutboxEmail> rows(String leadId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OutboxEmail.<OutboxEmail>list(
                    "leadId = ?1 order by dueAt", UUID.fromString(leadId)));
  }

  static OutboxEmail row(String leadId, UUID ruleId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                OutboxEmail.<OutboxEmail>find(
                        "leadId = ?1 and ruleId = ?2", UUID.fromString(leadId), ruleId)
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
