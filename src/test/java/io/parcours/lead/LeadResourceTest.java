package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadResourceTest {

  @Test
  void shouldCreateALeadInDiscoveryWithItsEntryInTheHistory() {
    String email = uniqueEmail();
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email", email, "firstName", "Camille", "company", "Martin SA", "locale", "fr"))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .header("Location", matchesPattern(".*/api/leads/[0-9a-f-]{36}"))
            .header("ETag", "\"0\"")
            .body("email", equalTo(email))
            .body("stage", equalTo("DISCOVERY"))
            .body("consent.status", equalTo("UNKNOWN"))
            .body("stageEnteredAt", notNullValue())
            .extract()
            .path("id");

    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].kind", equalTo("ENTRY"))
        .body("items[0].to", equalTo("DISCOVERY"))
        .body("items[0].from", nullValue())
        .body("items[0].cause.type", equalTo("CREATION"));
  }

  @Test
  void shouldReadALeadWithItsETag() {
    String id = createLeadId(Map.of("lastName", "Dubois", "stage", "DECISION"));

    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("lastName", equalTo("Dubois"))
        .body("stage", equalTo("DECISION"))
        .body("secondsInStage", notNullValue());
  }

  @Test
  void shouldRefuseADuplicateEmailWhateverItsCaseNamingTheExistingLead() {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email));

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email.toUpperCase()))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("title", equalTo("Conflict"))
        .body("existingId", equalTo(id));
  }

  @Test
  void shouldAnswerEveryInvalidFieldAtOnce() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not-an-email", "locale", "French", "dealValue", -5))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Invalid request"))
        .body("errors.field", hasItems("email", "locale", "dealValue"));
  }

  @Test
  void shouldNameTheFieldOfAnUnreadableValue() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", uniqueEmail(), "stage", "SOMEWHERE"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("Invalid value for 'stage'"))
        .body("allowed", hasItem("DECISION"));
  }

  @Test
  void shouldRefuseUnknownFields() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", uniqueEmail(), "nmae", "typo"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("Unknown field 'nmae'"));
  }

  @Test
  void shouldRefuseAPersonaThatDoesNotExist() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", uniqueEmail(), "personaId", "00000000-0000-0000-0000-000000000000"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("personaId"));
  }

  @Test
  void shouldAnswer404WithAProblemForAnUnknownLead() {
    given()
        .when()
        .get("/api/leads/6f1c1c1e-1111-4222-8333-944444444444")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", containsString("6f1c1c1e-1111-4222-8333-944444444444"))
        .body("instance", equalTo("/api/leads/6f1c1c1e-1111-4222-8333-944444444444"));
  }

  @Test
  void shouldAnswer404ForAMalformedId() {
    given()
        .when()
        .get("/api/leads/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldDeleteALeadAndItsHistory() {
    String id = createLeadId(Map.of());

    given().when().delete("/api/leads/" + id).then().statusCode(204);

    given().when().get("/api/leads/" + id).then().statusCode(404);
    given().when().get("/api/leads/" + id + "/history").then().statusCode(404);
  }

  @Test
  void shouldRefuseADeleteAgainstAStaleVersion() {
    String id = createLeadId(Map.of());

    given()
        .header("If-Match", "\"7\"")
        .when()
        .delete("/api/leads/" + id)
        .then()
        .statusCode(412)
        .body("currentETag", equalTo("\"0\""));

    given().when().get("/api/leads/" + id).then().statusCode(200);
  }

  @Test
  void shouldKeepConsentGivenAtCreation() {
    String id =
        createLeadId(
            Map.of(
                "consent", Map.of("status", "GRANTED", "basis", "CONSENT", "source", "web form")));

    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .body("consent.status", equalTo("GRANTED"))
        .body("consent.basis", equalTo("CONSENT"))
        .body("consent.at", notNullValue());
  }

  @Test
  void shouldRefuseANewLeadThatStartsLost() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", uniqueEmail(), "stage", "LOST"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("stage"));
  }
}
