package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadUpsertTest {

  private static io.restassured.response.ValidatableResponse upsert(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/leads/by-email")
        .then();
  }

  @Test
  void shouldCreateAnUnknownEmailThenMergeIntoIt() {
    String email = uniqueEmail();
    String id =
        upsert(Map.of("email", email, "firstName", "Hugo", "company", "Atelier"))
            .statusCode(201)
            .extract()
            .path("id");

    upsert(
            Map.of(
                "email",
                email.toUpperCase(),
                "company",
                "Atelier Bernard",
                "tags",
                List.of("fair")))
        .statusCode(200)
        .body("id", equalTo(id))
        .body("firstName", equalTo("Hugo"))
        .body("company", equalTo("Atelier Bernard"))
        .body("tags", contains("fair"));
  }

  @Test
  void shouldMoveTheStageThroughTheJourneyRules() {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email));

    upsert(Map.of("email", email, "stage", "DECISION"))
        .statusCode(200)
        .body("stage", equalTo("DECISION"));
    upsert(Map.of("email", email, "stage", "DISCOVERY"))
        .statusCode(400)
        .body("kind", equalTo("REGRESSION"));

    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items.to", contains("DISCOVERY", "DECISION"));
  }

  @Test
  void shouldNeverResubscribeSomeoneWhoseConsentIsRecorded() {
    String email = uniqueEmail();
    createLeadId(
        Map.of("email", email, "consent", Map.of("status", "UNSUBSCRIBED", "source", "link")));

    upsert(Map.of("email", email, "consent", Map.of("status", "GRANTED", "basis", "CONSENT")))
        .statusCode(200)
        .body("consent.status", equalTo("UNSUBSCRIBED"));
  }

  @Test
  void shouldValidateLikeACreation() {
    upsert(Map.of("email", "nope"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("email"));
  }

  @Test
  void shouldMergeOnlyIntoTheVersionAnIfMatchNames() {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email));
    String read = etag(id);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body(Map.of("email", uniqueEmail()))
        .when()
        .put("/api/leads/by-email")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body(Map.of("email", email, "company", "First"))
        .when()
        .put("/api/leads/by-email")
        .then()
        .statusCode(200)
        .body("company", equalTo("First"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body(Map.of("email", email, "company", "Second"))
        .when()
        .put("/api/leads/by-email")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given().when().get("/api/leads/" + id).then().body("company", equalTo("First"));
  }
}
