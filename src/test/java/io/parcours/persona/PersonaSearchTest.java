package io.parcours.persona;

import static io.parcours.support.Fixtures.createPersona;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The persona list searched by name, as the board's persona filter asks it. */
@QuarkusTest
class PersonaSearchTest {

  @Test
  void shouldFindThePersonasWhoseNameHoldsTheWordsWhateverTheCase() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    createPersona("Busy parent " + token);
    createPersona("Retired " + token + " traveller");
    createPersona("Student " + token.toUpperCase() + "x");

    given()
        .queryParam("q", "PARENT " + token)
        .when()
        .get("/api/personas")
        .then()
        .statusCode(200)
        .body("items.name", contains(startsWith("Busy parent " + token + " ")));
    given()
        .queryParam("q", token)
        .when()
        .get("/api/personas")
        .then()
        .body("items.size()", equalTo(3));
  }

  @Test
  void shouldTakeWildcardsInTheSearchForThemselves() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    createPersona("Saver 100% " + token);
    createPersona("Saver 1000 " + token);

    given()
        .queryParam("q", "100% " + token)
        .when()
        .get("/api/personas")
        .then()
        .body("items.name", contains(startsWith("Saver 100% " + token + " ")));
    given()
        .queryParam("q", "_" + token)
        .when()
        .get("/api/personas")
        .then()
        .body("items.size()", equalTo(0));
  }

  @Test
  void shouldRefuseASearchLongerThanANameWithAProblem() {
    given()
        .queryParam("q", "x".repeat(101))
        .when()
        .get("/api/personas")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400));
  }
}
