package io.parcours.journeys;

import static io.parcours.support.Fixtures.createPersona;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BRANCH steps refused with a problem: a loop, a target that does not exist, a half condition. */
@QuarkusTest
class BranchChecksTest {

  static final Map<String, Object> WAIT = Map.of("kind", "WAIT", "duration", "P1D");
  static final Map<String, Object> SEEN =
      Map.of("kind", "TOUCHPOINT_SEEN", "touchpointType", "PURCHASE");

  @Test
  void shouldRefuseABranchBackToAnEarlierStepSoThatNoJourneyLoops() {
    refused(
        List.of(WAIT, branch(SEEN, 1), WAIT), "steps[1].goTo", "must be a later step, from 3 to 3");
    refused(
        List.of(WAIT, branch(SEEN, 2), WAIT), "steps[1].goTo", "must be a later step, from 3 to 3");
  }

  @Test
  void shouldRefuseATargetPastTheLastStep() {
    refused(List.of(branch(SEEN, 3), WAIT), "steps[0].goTo", "must be a later step, from 2 to 2");
    refused(
        List.of(WAIT, branch(SEEN, 3)),
        "steps[1].goTo",
        "the last step cannot go to another: leave goTo out to end the journey");
  }

  @Test
  void shouldRefuseAConditionWithoutItsValueOrWithAnother() {
    refused(
        List.of(branch(Map.of("kind", "TOUCHPOINT_SEEN"), null), WAIT),
        "steps[0].condition.touchpointType",
        "a TOUCHPOINT_SEEN condition needs touchpointType");
    refused(
        List.of(branch(Map.of("kind", "CONSENT_GIVEN", "score", 3), null), WAIT),
        "steps[0].condition.kind",
        "a CONSENT_GIVEN condition takes no value");
    refused(
        List.of(branch(Map.of("kind", "PERSONA", "personaId", UUID.randomUUID()), null), WAIT),
        "steps[0].condition.personaId",
        "no persona has this id");
    refused(
        List.of(Map.of("kind", "BRANCH", "goTo", 2), WAIT),
        "steps[0].condition",
        "a BRANCH step needs condition");
    refused(
        List.of(Map.of("kind", "WAIT", "duration", "P1D", "condition", SEEN), WAIT),
        "steps[0].kind",
        "a WAIT step takes only duration");
  }

  @Test
  void shouldRefuseAScoreOutOfBounds() {
    post(List.of(branch(Map.of("kind", "SCORE_AT_LEAST", "score", 2_000_000), null), WAIT))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("steps[0].condition.score"));
  }

  @Test
  void shouldLeaveTheJourneyAsItWasWhenAChangeIsRefused() {
    String persona = createPersona("Branch checks");
    String id = BranchTest.create(persona, Map.of("entryStage", "LOYAL"), branch(SEEN, 2), WAIT);
    String etag = given().when().get("/api/journeys/" + id).then().extract().header("ETag");

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body(List.of(WAIT, branch(SEEN, 1))))
        .when()
        .put("/api/journeys/" + id)
        .then()
        .statusCode(400);

    given()
        .when()
        .get("/api/journeys/" + id)
        .then()
        .header("ETag", etag)
        .body("steps[0].kind", equalTo("BRANCH"))
        .body("steps[0].condition.touchpointType", equalTo("PURCHASE"))
        .body("steps[0].goTo", equalTo(2));
  }

  private static Map<String, Object> branch(Map<String, Object> condition, Integer goTo) {
    return goTo == null
        ? Map.of("kind", "BRANCH", "condition", condition)
        : Map.of("kind", "BRANCH", "condition", condition, "goTo", goTo);
  }

  private static void refused(List<Map<String, Object>> steps, String field, String message) {
    post(steps)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", equalTo(message));
  }

  private static Map<String, Object> body(List<Map<String, Object>> steps) {
    return Map.of("name", "Checks", "entryStage", "LOYAL", "steps", steps);
  }

  private static ValidatableResponse post(List<Map<String, Object>> steps) {
    return given()
        .contentType(ContentType.JSON)
        .body(body(steps))
        .when()
        .post("/api/journeys")
        .then();
  }
}
