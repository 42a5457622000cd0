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

  @Test
  void shouldRequireTheVersionReadAndRefuseAStaleOne() {
    String read = given().when().get("/api/scoring").then().extract().header("ETag");
    int before = given().get("/api/scoring").then().extract().path("types.OTHER");

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("types", Map.of("OTHER", before + 1)))
        .when()
        .put("/api/scoring")
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    String changed =
        put(Map.of("types", Map.of("OTHER", before + 1))).statusCode(200).extract().header("ETag");
    try {
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", read)
          .body(Map.of("types", Map.of("OTHER", 99)))
          .when()
          .put("/api/scoring")
          .then()
          .statusCode(412)
          .contentType("application/problem+json")
          .body("currentETag", equalTo(changed));
      given().when().get("/api/scoring").then().body("types.OTHER", equalTo(before + 1));
    } finally {
      put(Map.of("types", Map.of("OTHER", before))).statusCode(200);
    }
  }

  /** A change made with the version just read, as a client that reads before it writes. */
  private static io.restassured.response.ValidatableResponse put(Map<String, Object> body) {
    String etag = given().when().get("/api/scoring").then().extract().header("ETag");
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .when()
        .put("/api/scoring")
        .then();
  }
}
