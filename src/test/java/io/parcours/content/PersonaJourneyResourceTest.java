package io.parcours.content;

import static io.parcours.content.ContentFixtures.createItem;
import static io.parcours.support.Fixtures.createPersona;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gap test requires INFOGRAPHIC, STUDY_REPORT and PURCHASE_FORM: no other test creates items of
 * those types for every persona, which would fill the gaps from outside.
 */
@QuarkusTest
class PersonaJourneyResourceTest {

  private static final Map<String, Object> JOURNEY =
      Map.of(
          "stages", List.of("DISCOVERY", "REFLECTION", "DECISION"),
          "requiredContent",
              Map.of(
                  "DISCOVERY", List.of("INFOGRAPHIC"),
                  "REFLECTION", List.of("STUDY_REPORT"),
                  "DECISION", List.of("PURCHASE_FORM", "STUDY_REPORT")),
          "thresholds", Map.of("DISCOVERY", 20, "REFLECTION", 50));

  @Test
  void shouldFollowTheDefaultJourneyWithoutOne() {
    String persona = createPersona("Default");
    given()
        .when()
        .get("/api/personas/" + persona + "/journey")
        .then()
        .statusCode(200)
        .header("ETag", nullValue())
        .body("defaultJourney", equalTo(true))
        .body("stages.size()", equalTo(6))
        .body("requiredContent.DECISION", hasItem("FAQ"));
  }

  @Test
  void shouldKeepAPersonasOwnJourneyUntilResetToTheDefault() {
    String persona = createPersona("Own");
    String path = "/api/personas/" + persona + "/journey";
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("stages", List.of("DECISION", "CUSTOMER"), "thresholds", Map.of("DECISION", 80)))
        .when()
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("defaultJourney", equalTo(false))
        .body("stages", contains("DECISION", "CUSTOMER"))
        .body("requiredContent.DECISION", hasItem("TESTIMONIAL"))
        .body("thresholds.DECISION", equalTo(80));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("stages", List.of("DECISION")))
        .when()
        .put(path)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");

    given().when().delete(path).then().statusCode(204);

    given().when().get(path).then().body("defaultJourney", equalTo(true));
  }

  @Test
  void shouldRefuseRequirementsForAStageOutsideTheJourney() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("stages", List.of("DECISION"), "thresholds", Map.of("LOYAL", 10)))
        .when()
        .put("/api/personas/" + createPersona("Narrow") + "/journey")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("thresholds"));
  }

  @Test
  void shouldAnswer404ForAnUnknownPersona() {
    given()
        .when()
        .get("/api/personas/" + UUID.randomUUID() + "/journey")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldListTheGapsOfAPersonasJourney() {
    String persona = createPersona("Gappy");
    given()
        .contentType(ContentType.JSON)
        .body(JOURNEY)
        .when()
        .put("/api/personas/" + persona + "/journey")
        .then()
        .statusCode(200);
    createItem(
        Map.of(
            "type",
            "STUDY_REPORT",
            "stages",
            List.of("REFLECTION"),
            "personaIds",
            List.of(persona)));
    createItem(
        Map.of(
            "type",
            "INFOGRAPHIC",
            "stages",
            List.of("DISCOVERY"),
            "personaIds",
            List.of(persona),
            "active",
            false));
    createItem(
        Map.of(
            "type",
            "PURCHASE_FORM",
            "stages",
            List.of("DECISION"),
            "personaIds",
            List.of(createPersona("Someone else"))));

    given()
        .queryParam("personaId", persona)
        .when()
        .get("/api/content/gaps")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(3))
        .body("items.stage", contains("DISCOVERY", "DECISION", "DECISION"))
        .body("items.type", contains("INFOGRAPHIC", "STUDY_REPORT", "PURCHASE_FORM"))
        .body("items[0].personaId", equalTo(persona))
        .body("items[0].defaultJourney", equalTo(false));
  }

  @Test
  void shouldPageTheGapsWithACursor() {
    String persona = createPersona("Paged");
    given()
        .contentType(ContentType.JSON)
        .body(JOURNEY)
        .when()
        .put("/api/personas/" + persona + "/journey")
        .then()
        .statusCode(200);

    String cursor =
        given()
            .queryParam("personaId", persona)
            .queryParam("limit", 2)
            .when()
            .get("/api/content/gaps")
            .then()
            .body("items.size()", equalTo(2))
            .extract()
            .path("nextCursor");
    given()
        .queryParam("personaId", persona)
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .when()
        .get("/api/content/gaps")
        .then()
        .body("items.size()", equalTo(2))
        .body("nextCursor", nullValue());
  }
}
