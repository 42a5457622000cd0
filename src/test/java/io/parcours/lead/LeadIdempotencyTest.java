package io.parcours.lead;

import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadIdempotencyTest {

  @Test
  void shouldReplayTheFirstResponseAndCreateNothingNew() {
    String key = UUID.randomUUID().toString();
    String email = uniqueEmail();
    String id =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(Map.of("email", email))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(Map.of("email", email))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", org.hamcrest.Matchers.endsWith("/api/leads/" + id))
        .body("id", equalTo(id));

    given().queryParam("q", email).when().get("/api/leads").then().body("items.size()", equalTo(1));
  }

  @Test
  void shouldRefuseTheSameKeyWithAnotherBody() {
    String key = UUID.randomUUID().toString();
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(Map.of("email", uniqueEmail()))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201);

    String other = uniqueEmail();
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(Map.of("email", other))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("header", equalTo("Idempotency-Key"));

    given().queryParam("q", other).when().get("/api/leads").then().body("items.size()", equalTo(0));
  }

  @Test
  void shouldLetAFailedAttemptBeRetriedWithTheSameKey() {
    String key = UUID.randomUUID().toString();
    String email = uniqueEmail();
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(Map.of("email", email, "personaId", UUID.randomUUID().toString()))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400);

    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(Map.of("email", email))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldCreateOnceWhenTheSameKeyArrivesConcurrently() throws Exception {
    String key = UUID.randomUUID().toString();
    String email = uniqueEmail();
    Callable<String> post =
        () ->
            given()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("email", email))
                .when()
                .post("/api/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    int clients = 50;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<String>> answers = pool.invokeAll(Collections.nCopies(clients, post));
      String first = answers.get(0).get();
      for (Future<String> answer : answers) {
        assertEquals(first, answer.get());
      }
    } finally {
      pool.shutdown();
    }
    given().queryParam("q", email).when().get("/api/leads").then().body("items.size()", equalTo(1));
  }
}
