package io.parcours.journeys;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BRANCH steps as the runner takes them: each lead goes the way its condition says. */
@QuarkusTest
class BranchTest {

  static final Map<String, Object> GRANTED =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "checkout");

  @Inject Runner runner;

  @Test
  void shouldSkipTheReminderWhenAPurchaseWasSeenSinceEntry() {
    String persona = createPersona("Branch");
    String journey =
        create(
            persona,
            Map.of("entryTouchpoint", "CART_ABANDONED"),
            Map.of("kind", "WAIT", "duration", "PT2H"),
            Map.of(
                "kind",
                "BRANCH",
                "condition",
                Map.of("kind", "TOUCHPOINT_SEEN", "touchpointType", "PURCHASE")),
            Map.of("kind", "SEND", "templateId", JourneyResourceTest.THANKS, "marketing", false));
    String bought = lead(persona, Map.of());
    String hesitant = lead(persona, Map.of());
    touch(bought, "CART_ABANDONED");
    touch(hesitant, "CART_ABANDONED");
    touch(bought, "PURCHASE");

    makeDue(journey);

    enrolment(bought, journey)
        .body("state", equalTo("COMPLETED"))
        .body("note", equalTo("Step 2: TOUCHPOINT_SEEN held, the journey ended"));
    emails(bought, journey).body("items.size()", equalTo(0));
    enrolment(hesitant, journey).body("state", equalTo("COMPLETED")).body("note", equalTo(null));
    emails(hesitant, journey).body("items.size()", equalTo(1)).body("items[0].step", equalTo(2));
  }

  @Test
  void shouldJumpToTheTargetStepWhenTheConditionHolds() {
    String persona = createPersona("Branch");
    String journey =
        create(
            persona,
            Map.of("entryStage", "LOYAL"),
            Map.of("kind", "BRANCH", "condition", Map.of("kind", "CONSENT_GIVEN"), "goTo", 3),
            Map.of("kind", "WAIT", "duration", "P1D"),
            Map.of("kind", "SEND", "templateId", JourneyResourceTest.THANKS));
    String consenting = lead(persona, Map.of("stage", "LOYAL", "consent", GRANTED));
    String unknown = lead(persona, Map.of("stage", "LOYAL"));

    enrolment(consenting, journey)
        .body("state", equalTo("COMPLETED"))
        .body("note", equalTo("Step 1: CONSENT_GIVEN held, on to step 3"));
    emails(consenting, journey).body("items.size()", equalTo(1));
    enrolment(unknown, journey)
        .body("state", equalTo("WAITING"))
        .body("next.step", equalTo(3))
        .body("next.kind", equalTo("SEND"));
    emails(unknown, journey).body("items.size()", equalTo(0));
  }

  @Test
  void shouldCompareTheScoreAndTheStageWhenTheStepRuns() {
    String persona = createPersona("Branch");
    String journey =
        create(
            persona,
            Map.of("entryStage", "LOYAL"),
            Map.of("kind", "WAIT", "duration", "PT1H"),
            Map.of(
                "kind",
                "BRANCH",
                "condition",
                Map.of("kind", "STAGE", "stage", "ADVOCATE"),
                "goTo",
                4),
            Map.of("kind", "BRANCH", "condition", Map.of("kind", "SCORE_BELOW", "score", 1)),
            Map.of("kind", "WAIT", "duration", "P3D"));
    String advocate = lead(persona, Map.of("stage", "LOYAL"));
    String quiet = lead(persona, Map.of("stage", "LOYAL"));
    io.parcours.support.Fixtures.moveTo(advocate, "ADVOCATE", "a review");

    makeDue(journey);

    enrolment(advocate, journey)
        .body("state", equalTo("WAITING"))
        .body("note", equalTo("Step 2: STAGE held, on to step 4"));
    enrolment(quiet, journey)
        .body("state", equalTo("COMPLETED"))
        .body("note", equalTo("Step 3: SCORE_BELOW held, the journey ended"));
  }

  static String create(String persona, Map<String, Object> entry, Map<?, ?>... steps) {
    Map<String, Object> body = new HashMap<>(entry);
    body.put("name", "Branch test");
    body.put("personaId", persona);
    body.put("steps", List.of(steps));
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/journeys")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String lead(String persona, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("email", uniqueEmail());
    body.put("personaId", persona);
    return createLeadId(body);
  }

  /** As if the clock had run: the journey's waiting steps are due, and the runner takes them. */
  private void makeDue(String journey) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Enrolment.update(
                    "dueAt = ?1 where journeyId = ?2 and state = ?3",
                    Instant.now().minusSeconds(1),
                    UUID.fromString(journey),
                    EnrolmentState.WAITING));
    runner.advance();
  }

  static ValidatableResponse enrolment(String lead, String journey) {
    return given()
        .when()
        .get("/api/leads/" + lead + "/journeys")
        .then()
        .statusCode(200)
        .rootPath("find { it.journeyId == '" + journey + "' }");
  }

  private static ValidatableResponse emails(String lead, String journey) {
    return given()
        .queryParam("leadId", lead)
        .queryParam("journeyId", journey)
        .when()
        .get("/api/emails")
        .then()
        .statusCode(200);
  }
}
