package io.parcours.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ProblemMapperTest {

  @Test
  void shouldAnswer500WithoutInternals() {
    given()
        .when()
        .get("/test/fail")
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("title", equalTo("Internal error"))
        .body("detail", equalTo("An unexpected error occurred"))
        .body("incident", notNullValue())
        .body(not(containsString("secret")))
        .body(not(containsString("Exception")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"refused", "shutdown", "pool-timeout", "commit"})
  void shouldAnswer503WithRetryAfterWhenTheDatabaseCannotBeReached(String failure) {
    given()
        .when()
        .get("/test/fail/" + failure)
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("status", equalTo(503))
        .body("title", equalTo("Service unavailable"))
        .body(not(containsString("5433")));
  }

  @Test
  void shouldKeepAnsweringOtherDatabaseErrorsWith500() {
    given().when().get("/test/fail/syntax").then().statusCode(500).body("status", equalTo(500));
  }

  @Test
  void shouldAnswer400ForANulCharacterInAParameterOrABody() {
    given()
        .queryParam("tag", "nul\u0000byte")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("Text may not contain the NUL character"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\":\"nul@example.com\",\"firstName\":\"a\\u0000b\"}")
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldAnswer400NamingAQueryParameterThatCannotBeConverted() {
    given()
        .queryParam("limit", "ten")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("limit"));
    given()
        .queryParam("personaId", "not-a-uuid")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("personaId"));
  }

  @Test
  void shouldLeaveFieldsWithoutAValueOut() {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body("{\"email\":\"" + java.util.UUID.randomUUID() + "@example.com\"}")
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .body("$", not(org.hamcrest.Matchers.hasKey("phone")))
            .extract()
            .path("id");
    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items[0]", not(org.hamcrest.Matchers.hasKey("from")));
  }

  @Test
  void shouldAnswerMalformedJsonWithAProblem() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\": ")
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400));
  }

  @Test
  void shouldAnswerAnUnknownPathWithAProblem() {
    given()
        .when()
        .get("/api/nowhere")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void shouldEchoTheCorrelationId() {
    given()
        .header("X-Correlation-Id", "abc-123")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200)
        .header("X-Correlation-Id", "abc-123");
  }

  @Test
  void shouldAnswerAWrongMethodWithAProblem() {
    given().when().put("/api/leads").then().statusCode(405).contentType("application/problem+json");
  }
}
