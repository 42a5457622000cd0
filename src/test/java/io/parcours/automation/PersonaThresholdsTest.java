package io.parcours.automation;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.PersonaFixtures.NO_REFLECTION;
import static io.parcours.support.PersonaFixtures.personaWithJourney;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automatic moves follow the persona's journey: its stage list, and its score thresholds in place
 * of the global score rules. A MEETING is worth 10 points.
 */
@QuarkusTest
class PersonaThresholdsTest {

  private static final String ENGAGED_DISCOVERER = "00000000-0000-0000-0000-000000000006";

  private String globalRule;

  @BeforeEach
  void aGlobalRuleAtSixty() {
    globalRule =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "A very engaged loyal customer advocates",
                    "minScore",
                    60,
                    "fromStages",
                    List.of("LOYAL")))
            .when()
            .post("/api/journey-rules")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  @AfterEach
  void removeIt() {
    given().when().delete("/api/journey-rules/" + globalRule).then().statusCode(204);
  }

  @Test
  void shouldTakeTheLeadsOfAPersonaWithoutReflectionFromDiscoveryToDecision() {
    String persona = personaWithJourney("Skips comparing", NO_REFLECTION, Map.of());
    String id = createLeadId(Map.of("personaId", persona));

    meetings(id, 2);

    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items.to", contains("DISCOVERY", "DECISION"))
        .body("items[1].kind", equalTo("ADVANCE"))
        .body("items[1].actor.type", equalTo("RULE"))
        .body("items[1].cause.type", equalTo("RULE"))
        .body("items[1].cause.id", equalTo(ENGAGED_DISCOVERER));
  }

  @Test
  void shouldMoveAtThePersonasThresholdWhileTheGlobalRuleSaysSixty() {
    String persona = personaWithJourney("Quick fan", NO_REFLECTION, Map.of("LOYAL", 40));
    String id = createLeadId(Map.of("personaId", persona, "stage", "LOYAL"));

    meetings(id, 3);
    given().when().get("/api/leads/" + id).then().body("stage", equalTo("LOYAL"));
    String fourth = meetings(id, 1);

    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items.to", contains("LOYAL", "ADVOCATE"))
        .body("items[1].actor.type", equalTo("SYSTEM"))
        .body("items[1].cause.type", equalTo("TOUCHPOINT"))
        .body("items[1].cause.id", equalTo(fourth));
  }

  @Test
  void shouldHoldALeadBelowAHigherPersonaThresholdThanTheGlobalRule() {
    String persona = personaWithJourney("Slow fan", NO_REFLECTION, Map.of("LOYAL", 80));
    String id = createLeadId(Map.of("personaId", persona, "stage", "LOYAL"));

    meetings(id, 7);
    given().when().get("/api/leads/" + id).then().body("stage", equalTo("LOYAL"));
    meetings(id, 1);
    given().when().get("/api/leads/" + id).then().body("stage", equalTo("ADVOCATE"));
  }

  @Test
  void shouldFollowTheGlobalRuleForAPersonaWithoutAJourneyOrWithoutAThreshold() {
    String plain = createPersona("No journey");
    String other = personaWithJourney("Other threshold", NO_REFLECTION, Map.of("DISCOVERY", 5));
    for (String id :
        List.of(
            createLeadId(Map.of("personaId", plain, "stage", "LOYAL")),
            createLeadId(Map.of("personaId", other, "stage", "LOYAL")),
            createLeadId(Map.of("stage", "LOYAL")))) {
      meetings(id, 5);
      given().when().get("/api/leads/" + id).then().body("stage", equalTo("LOYAL"));
      meetings(id, 1);

      given()
          .when()
          .get("/api/leads/" + id + "/history")
          .then()
          .body("items.to", contains("LOYAL", "ADVOCATE"))
          .body("items[1].cause.type", equalTo("RULE"))
          .body("items[1].cause.id", equalTo(globalRule));
    }
  }

  @Test
  void shouldApplyAChangedThresholdAtOnce() {
    String persona = personaWithJourney("Changing", NO_REFLECTION, Map.of("LOYAL", 80));
    String id = createLeadId(Map.of("personaId", persona, "stage", "LOYAL"));
    meetings(id, 6);
    given().when().get("/api/leads/" + id).then().body("stage", equalTo("LOYAL"));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("stages", NO_REFLECTION, "thresholds", Map.of("LOYAL", 65)))
        .when()
        .put("/api/personas/" + persona + "/journey")
        .then()
        .statusCode(200);
    meetings(id, 1);

    given().when().get("/api/leads/" + id).then().body("stage", equalTo("ADVOCATE"));
  }

  /** Records n meetings; the id of the last one. */
  private static String meetings(String leadId, int n) {
    String last = null;
    for (int i = 0; i < n; i++) {
      last = touch(leadId, "MEETING");
    }
    return last;
  }
}
