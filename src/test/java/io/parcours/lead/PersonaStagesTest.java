package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.Fixtures.moveTo;
import static io.parcours.support.PersonaFixtures.NO_REFLECTION;
import static io.parcours.support.PersonaFixtures.personaWithJourney;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A persona's stage list is what its leads move through, whoever moves them. */
@QuarkusTest
class PersonaStagesTest {

  @Test
  void shouldRefuseAMoveToAStageThePersonaLacksNamingThePersona() {
    String persona = personaWithJourney("Expert buyer", NO_REFLECTION, Map.of());
    String id = createLeadId(Map.of("personaId", persona));

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag(id))
        .body(Map.of("stage", "REFLECTION"))
        .when()
        .post("/api/leads/" + id + "/stage")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("Expert buyer"))
        .body("detail", containsString("REFLECTION"))
        .body("personaId", equalTo(persona))
        .body("stages", contains(NO_REFLECTION.toArray()));

    given().when().get("/api/leads/" + id).then().body("stage", equalTo("DISCOVERY"));
    given().when().get("/api/leads/" + id + "/history").then().body("items.size()", equalTo(1));
  }

  @Test
  void shouldAdvanceManuallyPastTheStagesThePersonaLacks() {
    String persona = personaWithJourney("Advancing", NO_REFLECTION, Map.of());
    String id = createLeadId(Map.of("personaId", persona));

    given()
        .when()
        .get("/api/leads/" + id + "/stage/targets")
        .then()
        .statusCode(200)
        .body("stage", not(hasItem("REFLECTION")))
        .body("stage", hasItem("DECISION"));

    given()
        .header("If-Match", etag(id))
        .when()
        .post("/api/leads/" + id + "/stage/advance")
        .then()
        .statusCode(200)
        .body("stage", equalTo("DECISION"));

    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items.to", contains("DISCOVERY", "DECISION"))
        .body("items[1].kind", equalTo("ADVANCE"))
        .body("items[1].cause.type", equalTo("MANUAL"));
  }

  @Test
  void shouldAdvanceALeadWithoutAPersonaToTheNextStageAndStopAtTheEnd() {
    String id = createLeadId(Map.of("stage", "LOYAL"));

    given()
        .header("If-Match", etag(id))
        .when()
        .post("/api/leads/" + id + "/stage/advance")
        .then()
        .statusCode(200)
        .body("stage", equalTo("ADVOCATE"));
    given()
        .header("If-Match", etag(id))
        .when()
        .post("/api/leads/" + id + "/stage/advance")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("from", equalTo("ADVOCATE"));
    given().when().post("/api/leads/" + id + "/stage/advance").then().statusCode(428);
  }

  @Test
  void shouldStartANewLeadAtThePersonasFirstStageAndRefuseAnotherItLacks() {
    String persona = personaWithJourney("Late starter", List.of("DECISION", "CUSTOMER"), Map.of());

    String id = createLeadId(Map.of("personaId", persona));
    given().when().get("/api/leads/" + id).then().body("stage", equalTo("DECISION"));

    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", "late-" + id + "@example.com", "personaId", persona, "stage", "DISCOVERY"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("stage"))
        .body("errors[0].message", containsString("Late starter"))
        .body("personaId", equalTo(persona));
    given()
        .queryParam("personaId", persona)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200)
        .body("items.id", contains(id));
  }

  @Test
  void shouldReengageALostLeadAtThePersonasFirstStage() {
    String persona = personaWithJourney("Returning", List.of("DECISION", "CUSTOMER"), Map.of());
    String id = createLeadId(Map.of("personaId", persona));
    moveTo(id, "LOST", "No budget");

    given()
        .when()
        .get("/api/leads/" + id + "/stage/targets")
        .then()
        .body("stage", contains("DECISION"))
        .body("kind", contains("REENGAGEMENT"));
    moveTo(id, "DECISION", null);
  }
}
