package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.settings.SettingsFixtures;
import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The weekly cap on marketing email: one more waits for the week to free a place, and says so. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class FrequencyCapTest {

  @Inject Dispatcher dispatcher;

  @ConfigProperty(name = "parcours.settings.email-weekly-cap")
  int cap;

  @Test
  void shouldPostponeAMarketingEmailBeyondTheWeeklyCapAndSayWhy() {
    String persona = io.parcours.support.Fixtures.createPersona("Cap test");
    String template = Mails.journey("LOYAL", "PT0S", true).get("template");
    UUID journey = cartJourney(persona, template);
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "personaId", persona, "consent", GRANTED));

    for (int i = 0; i <= cap; i++) {
      touch(id, "CART_ABANDONED");
    }
    Mails.holdAllBut(journey);
    dispatcher.dispatch();

    assertEquals(cap, MailServer.receivedBy(email).size());
    List<OutboxEmail> rows = Mails.rows(id);
    assertEquals(cap + 1, rows.size());
    OutboxEmail waiting =
        rows.stream().filter(r -> r.status == OutboxStatus.PENDING).findFirst().orElseThrow();
    assertEquals("Postponed: the lead reached the weekly cap of " + cap, waiting.reason);
    Instant firstSent =
        rows.stream()
            .filter(r -> r.status == OutboxStatus.SENT)
            .map(r -> r.sentAt)
            .min(Instant::compareTo)
            .orElseThrow();
    assertEquals(firstSent.plus(Duration.ofDays(7)), waiting.dueAt);
    given()
        .when()
        .get("/api/emails?leadId=" + id + "&status=PENDING")
        .then()
        .statusCode(200)
        .body("items[0].reason", org.hamcrest.Matchers.containsString("weekly cap"));

    dispatcher.dispatch();
    assertEquals(cap, MailServer.receivedBy(email).size(), "not before a place frees up");
    assertTrue(waiting.dueAt.isAfter(Instant.now()));
  }

  /** A cap an administrator lowers applies on the next dispatch, without a restart. */
  @Test
  void shouldApplyTheWeeklyCapOfTheSettingsOnTheNextDispatch() {
    String persona = io.parcours.support.Fixtures.createPersona("Cap setting");
    String template = Mails.journey("LOYAL", "PT0S", true).get("template");
    UUID journey = cartJourney(persona, template);
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "personaId", persona, "consent", GRANTED));
    for (int i = 0; i < 3; i++) {
      touch(id, "CART_ABANDONED");
    }
    SettingsFixtures.store(Map.of("emailWeeklyCap", 1));
    try {
      Mails.holdAllBut(journey);
      dispatcher.dispatch();

      assertEquals(1, MailServer.receivedBy(email).size());
      assertEquals(
          2,
          Mails.rows(id).stream()
              .filter(r -> "Postponed: the lead reached the weekly cap of 1".equals(r.reason))
              .count());
    } finally {
      SettingsFixtures.reset();
    }
  }

  /** Every abandoned cart of the persona's leads sends the template at once. */
  private static UUID cartJourney(String persona, String template) {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Cart reminder",
                    "entryTouchpoint",
                    "CART_ABANDONED",
                    "personaId",
                    persona,
                    "reentry",
                    "EVERY",
                    "exitTouchpoints",
                    List.of("PURCHASE"),
                    "steps",
                    List.of(Map.of("kind", "SEND", "templateId", template))))
            .when()
            .post("/api/journeys")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }
}
