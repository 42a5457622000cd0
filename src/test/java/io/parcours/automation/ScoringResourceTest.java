package io.parcours.automation;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringResourceTest {

  @Test
  void shouldServeTheDefaultPoints() {
    given()
        .when()
        .get("/api/scoring")
        .then()
        .statusCode(200)
        .body("types.PURCHASE", equalTo(30))
        .body("types.DEMO_REQUEST", equalTo(20))
        .body("sentiments.NEGATIVE", equalTo(-5));
  }

  @Test
  void shouldScoreEachTouchpointWithTheConfiguredPoints() {
    int before = given().get("/api/scoring").then().extract().path("types.SOCIAL_MENTION");
    put(Map.of("types", Map.of("SOCIAL_MENTION", 7)))
        .statusCode(200)
        .body("types.SOCIAL_MENTION", equalTo(7))
        .body("types.PURCHASE", equalTo(30));
    try {
      String leadId = createLeadId(Map.of());

      touch(leadId, "SOCIAL_MENTION", Map.of("sentiment", "POSITIVE"));
      touch(leadId, "SOCIAL_MENTION", Map.of("sentiment", "NEUTRAL"));

      given().when().get("/api/leads/" + leadId).then().body("score", equalTo(7 + 5 + 7));
    } finally {
      put(Map.of("types", Map.of("SOCIAL_MENTION", before))).statusCode(200);
    }
  }

  @Test
  void shouldNeverScoreBelowZero() {
    String leadId = createLeadId(Map.of());

    touch(leadId, "COMPLAINT");

    given().when().get("/api/leads/" + leadId).then().body("score", equalTo(0));
  }

  @Test
  void shouldRefuseOutOfRangePointsWithAProblem() {
    put(Map.of("sentiments", Map.of("NEGATIVE", -5000)))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].message", equalTo("must be greater than or equal to -1000"));
  }

  @Test
  void shouldRefuseAnUnknownTypeWithAProblem() {
    put(Map.of("types", Map.of("TELEPATHY", 3)))
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static io.restassured.response.ValidatableResponse put(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).when().put("/api/scoring").then();
  }
}
