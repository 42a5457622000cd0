package io.parcours.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

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
