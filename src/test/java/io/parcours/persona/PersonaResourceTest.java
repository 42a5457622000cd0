package io.parcours.persona;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonaResourceTest {

  private static Map<String, Object> marie(String name) {
    return Map.ofEntries(
        Map.entry("name", name),
        Map.entry("description", "Young professional furnishing her first flat"),
        Map.entry("ageMin", 25),
        Map.entry("ageMax", 35),
        Map.entry("profession", "Engineer"),
        Map.entry("incomeBand", "40-60k"),
        Map.entry("education", "Master"),
        Map.entry("values", List.of("Sustainability")),
        Map.entry("goals", List.of("A home that looks good")),
        Map.entry("painPoints", List.of("Little time", "Tight budget")),
        Map.entry("preferredChannels", List.of("SOCIAL", "EMAIL")));
  }

  @Test
  void shouldCreateAndReadAPersonaWithItsAttributes() {
    String name = "Marie " + UUID.randomUUID();
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(marie(name))
            .when()
            .post("/api/personas")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .extract()
            .path("id");

    given()
        .when()
        .get("/api/personas/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo(name))
        .body("ageMin", equalTo(25))
        .body("painPoints", contains("Little time", "Tight budget"))
        .body("preferredChannels", contains("SOCIAL", "EMAIL"));
  }

  @Test
  void shouldRefuseADuplicateName() {
    String name = "Paul " + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .body(marie(name))
        .when()
        .post("/api/personas")
        .then()
        .statusCode(201);

    given()
        .contentType(ContentType.JSON)
        .body(marie(name.toUpperCase()))
        .when()
        .post("/api/personas")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("existingId", notNullValue());
  }

  @Test
  void shouldValidateAges() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Old " + UUID.randomUUID(), "ageMin", 60, "ageMax", 20))
        .when()
        .post("/api/personas")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ageMax"));

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("ageMin", -1))
        .when()
        .post("/api/personas")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("ageMin"));
  }

  @Test
  void shouldReplaceWithIfMatch() {
    String id = createPersona("Luc");
    String name = "Luc renamed " + UUID.randomUUID();

    given()
        .contentType(ContentType.JSON)
        .body(marie(name))
        .when()
        .put("/api/personas/" + id)
        .then()
        .statusCode(428);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(marie(name))
        .when()
        .put("/api/personas/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo(name));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(marie(name))
        .when()
        .put("/api/personas/" + id)
        .then()
        .statusCode(412);
  }

  @Test
  void shouldRefuseDeletingAPersonaInUse() {
    String id = createPersona("Used");
    createLeadId(Map.of("personaId", id));

    given()
        .when()
        .delete("/api/personas/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("leadCount", equalTo(1));

    given().when().get("/api/personas/" + id).then().statusCode(200);
  }

  @Test
  void shouldKeepAPersonaWhoseJourneysLeadsEntered() {
    String id = createPersona("Journeyed");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "Loyalty wait",
                "entryStage",
                "LOYAL",
                "personaId",
                id,
                "steps",
                List.of(Map.of("kind", "WAIT", "duration", "P30D"))))
        .when()
        .post("/api/journeys")
        .then()
        .statusCode(201);
    String lead = createLeadId(Map.of("stage", "LOYAL", "personaId", id));
    given()
        .contentType("application/merge-patch+json")
        .header("If-Match", etag(lead))
        .body(Map.of("personaId", createPersona("Elsewhere")))
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(200);

    given()
        .when()
        .delete("/api/personas/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("enrolments", equalTo(1));
    given().when().get("/api/leads/" + lead + "/journeys").then().body("size()", equalTo(1));
  }

  @Test
  void shouldDeleteAnUnusedPersona() {
    String id = createPersona("Unused");

    given().when().delete("/api/personas/" + id).then().statusCode(204);

    given()
        .when()
        .get("/api/personas/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldListPersonasByNameAcrossPages() {
    createPersona("Aaa");
    createPersona("Aab");
    var first =
        given().queryParam("limit", 1).when().get("/api/personas").then().statusCode(200).extract();
    String cursor = first.path("nextCursor");
    String firstName = first.path("items[0].name");

    given()
        .queryParam("limit", 1)
        .queryParam("cursor", cursor)
        .when()
        .get("/api/personas")
        .then()
        .statusCode(200)
        .body("items[0].name", org.hamcrest.Matchers.greaterThan(firstName));
  }
}
