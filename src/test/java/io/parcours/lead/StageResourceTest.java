package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageResourceTest {

  private static io.restassured.response.ValidatableResponse move(
      String id, String etag, Map<String, ?> body) {
    var request =
        given().contentType(ContentType.JSON).header("X-Correlation-Id", "corr-42").body(body);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return request.when().post("/api/leads/" + id + "/stage").then();
  }

  @Test
  void shouldMoveForwardAndRecordTheTransition() {
    String id = createLeadId(Map.of());

    move(id, "\"0\"", Map.of("stage", "DECISION"))
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("stage", equalTo("DECISION"))
        .body("secondsInStage", equalTo(0));

    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.to", contains("DISCOVERY", "DECISION"))
        .body("items[1].from", equalTo("DISCOVERY"))
        .body("items[1].kind", equalTo("ADVANCE"))
        .body("items[1].cause.type", equalTo("MANUAL"))
        .body("items[1].actor.type", notNullValue())
        .body("items[1].correlationId", equalTo("corr-42"))
        .body("items[1].at", notNullValue());
  }

  @Test
  void shouldRequireIfMatchAndRefuseAStaleOne() {
    String id = createLeadId(Map.of());

    move(id, null, Map.of("stage", "REFLECTION"))
        .statusCode(428)
        .contentType("application/problem+json");
    move(id, "\"3\"", Map.of("stage", "REFLECTION"))
        .statusCode(412)
        .contentType("application/problem+json")
        .body("currentETag", equalTo("\"0\""));

    given().when().get("/api/leads/" + id + "/history").then().body("items.size()", equalTo(1));
  }

  @Test
  void shouldRefuseAnIllegalMoveNamingTheAllowedTargets() {
    String id = createLeadId(Map.of("stage", "CUSTOMER"));

    move(id, "\"0\"", Map.of("stage", "DISCOVERY"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("from", equalTo("CUSTOMER"))
        .body("allowed.stage", containsInAnyOrder("LOYAL", "ADVOCATE", "LOST"))
        .body("allowed.find { it.stage == 'LOST' }.reasonRequired", equalTo(true));

    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .body("stage", equalTo("CUSTOMER"))
        .body("version", equalTo(0));
  }

  @Test
  void shouldRequireAReasonToLoseOrRegress() {
    String id = createLeadId(Map.of("stage", "DECISION"));

    move(id, "\"0\"", Map.of("stage", "LOST"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("kind", equalTo("LOSS"))
        .body("errors[0].field", equalTo("reason"));
    move(id, "\"0\"", Map.of("stage", "REFLECTION", "reason", " "))
        .statusCode(400)
        .body("kind", equalTo("REGRESSION"));

    move(id, "\"0\"", Map.of("stage", "REFLECTION", "reason", "Wants to compare one more offer"))
        .statusCode(200);
    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items[1].kind", equalTo("REGRESSION"))
        .body("items[1].reason", equalTo("Wants to compare one more offer"));
  }

  @Test
  void shouldReengageALostLeadAndStartARepeatPurchase() {
    String lost = createLeadId(Map.of("stage", "REFLECTION"));
    move(lost, "\"0\"", Map.of("stage", "LOST", "reason", "Too expensive")).statusCode(200);
    move(lost, "\"1\"", Map.of("stage", "DISCOVERY")).statusCode(200);

    String loyal = createLeadId(Map.of("stage", "LOYAL"));
    move(loyal, "\"0\"", Map.of("stage", "DECISION")).statusCode(200);

    given()
        .when()
        .get("/api/leads/" + lost + "/history")
        .then()
        .body("items.kind", contains("ENTRY", "LOSS", "REENGAGEMENT"));
    given()
        .when()
        .get("/api/leads/" + loyal + "/history")
        .then()
        .body("items.kind", contains("ENTRY", "REPEAT_PURCHASE"));
  }

  @Test
  void shouldListTheTargetsOfALead() {
    String id = createLeadId(Map.of("stage", "DECISION"));

    given()
        .when()
        .get("/api/leads/" + id + "/stage/targets")
        .then()
        .statusCode(200)
        .body("stage", contains("DISCOVERY", "REFLECTION", "CUSTOMER", "LOYAL", "ADVOCATE", "LOST"))
        .body("find { it.stage == 'REFLECTION' }.reasonRequired", equalTo(true))
        .body("find { it.stage == 'CUSTOMER' }.kind", equalTo("ADVANCE"));
  }

  @Test
  void shouldValidateTheStageRequest() {
    String id = createLeadId(Map.of());

    move(id, "\"0\"", Map.of("reason", "no stage"))
        .statusCode(400)
        .body("errors[0].field", equalTo("stage"));
    move("0b7c5b5e-0000-4000-8000-000000000000", "\"0\"", Map.of("stage", "DECISION"))
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldPageTheHistory() {
    String id = createLeadId(Map.of());
    move(id, "\"0\"", Map.of("stage", "REFLECTION")).statusCode(200);
    move(id, "\"1\"", Map.of("stage", "DECISION")).statusCode(200);

    String cursor =
        given()
            .queryParam("limit", 2)
            .when()
            .get("/api/leads/" + id + "/history")
            .then()
            .body("items.to", contains("DISCOVERY", "REFLECTION"))
            .extract()
            .path("nextCursor");
    given()
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .body("items.to", contains("DECISION"))
        .body("nextCursor", org.hamcrest.Matchers.nullValue());
  }
}
