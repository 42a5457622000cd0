package io.parcours.ui;

import static io.restassured.RestAssured.given;

import io.parcours.email.OutboxEmail;
import io.parcours.email.OutboxStatus;
import io.parcours.support.Fixtures;
import io.parcours.support.TouchpointFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A lead with marketing emails due now, from a journey of its own, and no other email due. */
record CapData(String email, String leadId) {

  static CapData dueEmails(int count) {
    String persona = Fixtures.createPersona("Cap page");
    String template = MarketingData.template("Cap " + UUID.randomUUID());
    String journey =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Cart reminder " + UUID.randomUUID(),
                    "entryTouchpoint",
                    "CART_ABANDONED",
                    "personaId",
                    persona,
                    "reentry",
                    "EVERY",
                    "steps",
                    List.of(Map.of("kind", "SEND", "templateId", template))))
            .when()
            .post("/api/journeys")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String email = Fixtures.uniqueEmail();
    String lead =
        Fixtures.createLeadId(
            Map.of(
                "email",
                email,
                "personaId",
                persona,
                "locale",
                "en",
                "consent",
                Map.of("status", "GRANTED", "basis", "CONSENT", "source", "checkout")));
    for (int i = 0; i < count; i++) {
      TouchpointFixtures.touch(lead, "CART_ABANDONED");
    }
    // Earlier tests leave due emails behind: they wait a day, so a dispatch meets only these.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "dueAt = ?1 where status = ?2 and (journeyId is null or journeyId <> ?3)",
                    Instant.now().plus(Duration.ofDays(1)),
                    OutboxStatus.PENDING,
                    UUID.fromString(journey)));
    return new CapData(email, lead);
  }
}
