package io.parcours.automation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JourneyRuleResourceTest {

  @Test
  void shouldListTheDefaultRulesInPriorityOrder() {
    given()
        .when()
        .get("/api/journey-rules")
        .then()
        .statusCode(200)
        .body("touchpointType", hasItems("DEMO_REQUEST", "PURCHASE", "REVIEW", "REFERRAL"))
        .body("find { it.touchpointType == 'DEMO_REQUEST' }.targetStage", equalTo("DECISION"))
        .body("find { it.minOccurrences == 2 }.targetStage", equalTo("LOYAL"))
        .body("minScore", hasItem(20));
  }

  @Test
  void shouldCreateReadReplaceAndDeleteARule() {
    Map<String, Object> rule =
        Map.of("name", "Engaged enough", "minScore", 900, "fromStages", List.of("REFLECTION"));
    String location =
        given()
            .contentType(ContentType.JSON)
            .body(rule)
            .when()
            .post("/api/journey-rules")
            .then()
            .statusCode(201)
            .header("Location", matchesPattern(".*/api/journey-rules/[0-9a-f-]{36}"))
            .header("ETag", "\"0\"")
            .body("minOccurrences", equalTo(1))
            .body("active", equalTo(true))
            .extract()
            .header("Location");

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Engaged enough", "minScore", 950, "active", false))
        .when()
        .put(location)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Engaged enough", "minScore", 950, "active", false))
        .when()
        .put(location)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("minScore", equalTo(950))
        .body("active", equalTo(false));
    given().when().delete(location).then().statusCode(204);

    given()
        .when()
        .get(location)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Not found"));
  }

  @Test
  void shouldRefuseARuleThatCouldNeverFire() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Nothing", "targetStage", "DECISION"))
        .when()
        .post("/api/journey-rules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("touchpointType"));
  }

  @Test
  void shouldRefuseARuleThatLosesLeads() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Angry", "touchpointType", "COMPLAINT", "targetStage", "LOST"))
        .when()
        .post("/api/journey-rules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("targetStage"));
  }

  @Test
  void shouldAnswerInvalidFieldsWithAProblem() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "", "touchpointType", "PURCHASE", "minOccurrences", 0))
        .when()
        .post("/api/journey-rules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("name", "minOccurrences"));
  }
}
