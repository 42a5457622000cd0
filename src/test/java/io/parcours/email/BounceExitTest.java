package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.MailServer;
import io.parcours.support.SmtpGate.Mode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A journey that lists bounces as an exit ends when one of its emails fails for good. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class BounceExitTest {

  @Inject Dispatcher dispatcher;

  @Test
  void shouldEndTheJourneyWhenItsEmailBounces() throws Exception {
    String persona = createPersona("Bounce");
    String template = Mails.journey("LOYAL", "PT0S", false).get("template");
    Map<String, Object> send = Map.of("kind", "SEND", "templateId", template, "marketing", false);
    String journey =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Bounce test",
                    "entryStage",
                    "LOYAL",
                    "personaId",
                    persona,
                    "exitOnBounce",
                    true,
                    "steps",
                    List.of(send, Map.of("kind", "WAIT", "duration", "P1D"), send)))
            .when()
            .post("/api/journeys")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String id =
        createLeadId(
            Map.of(
                "email",
                uniqueEmail(),
                "stage",
                "LOYAL",
                "personaId",
                persona,
                "consent",
                GRANTED));
    Mails.holdAllBut(UUID.fromString(journey));

    MailServer.gate().mode(Mode.PERMANENT);
    try {
      dispatcher.dispatch();
    } finally {
      MailServer.gate().mode(Mode.OPEN);
    }

    assertEquals(OutboxStatus.FAILED, Mails.row(id, UUID.fromString(journey)).status);
    given()
        .when()
        .get("/api/leads/" + id + "/journeys")
        .then()
        .body("find { it.journeyId == '" + journey + "' }.state", equalTo("EXITED"))
        .body(
            "find { it.journeyId == '" + journey + "' }.exitReason",
            equalTo("An email of the journey bounced"));
  }
}
