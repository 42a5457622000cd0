package io.parcours.automation;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AutomationTest {

  private static final String PURCHASE_RULE = "00000000-0000-0000-0000-000000000002";

  @Test
  void shouldMakeADecidingLeadWhoBuysACustomerWithThePurchaseAsCause() {
    String leadId = createLeadId(Map.of("stage", "DECISION"));

    String touchpointId = touch(leadId, "PURCHASE");

    given()
        .when()
        .get("/api/leads/" + leadId + "/history")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items[1].from", equalTo("DECISION"))
        .body("items[1].to", equalTo("CUSTOMER"))
        .body("items[1].kind", equalTo("ADVANCE"))
        .body("items[1].actor.type", equalTo("RULE"))
        .body("items[1].actor.id", equalTo(PURCHASE_RULE))
        .body("items[1].cause.type", equalTo("PURCHASE"))
        .body("items[1].cause.id", equalTo(touchpointId));
  }

  @Test
  void shouldNeverMoveALeadBackward() {
    String leadId = createLeadId(Map.of("stage", "CUSTOMER"));

    touch(leadId, "DEMO_REQUEST");

    given().when().get("/api/leads/" + leadId).then().body("stage", equalTo("CUSTOMER"));
    given().when().get("/api/leads/" + leadId + "/history").then().body("items.size()", equalTo(1));
  }

  @Test
  void shouldMakeASecondPurchaseLoyal() {
    String leadId = createLeadId(Map.of("stage", "DECISION"));

    touch(leadId, "PURCHASE");
    touch(leadId, "PURCHASE");

    given()
        .when()
        .get("/api/leads/" + leadId + "/history")
        .then()
        .body("items.to", equalTo(java.util.List.of("DECISION", "CUSTOMER", "LOYAL")));
  }

  @Test
  void shouldLeaveALostLeadAloneUntilItShowsASignOfLife() {
    String leadId = createLeadId(Map.of("stage", "DECISION"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag(leadId))
        .body(Map.of("stage", "LOST", "reason", "Chose a competitor"))
        .when()
        .post("/api/leads/" + leadId + "/stage")
        .then()
        .statusCode(200);

    touch(leadId, "EMAIL_OPEN");
    touch(leadId, "COMPLAINT", Map.of("sentiment", "NEGATIVE"));
    given().when().get("/api/leads/" + leadId).then().body("stage", equalTo("LOST"));

    // A purchase is a sign of life: the lead starts again from DISCOVERY, and buys.
    touch(leadId, "PURCHASE");
    given().when().get("/api/leads/" + leadId).then().body("stage", equalTo("CUSTOMER"));
  }

  @Test
  void shouldMoveADiscovererToTheNextStageOnceItsScoreIsReached() {
    String leadId = createLeadId(Map.of());

    touch(leadId, "MEETING");
    given().when().get("/api/leads/" + leadId).then().body("stage", equalTo("DISCOVERY"));
    touch(leadId, "MEETING");

    given()
        .when()
        .get("/api/leads/" + leadId)
        .then()
        .body("stage", equalTo("REFLECTION"))
        .body("score", equalTo(20));
  }

  @Test
  void shouldFireARuleCreatedThroughTheApi() {
    String ruleId =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "A happy support call means comparing",
                    "touchpointType", "SUPPORT_REQUEST",
                    "sentiment", "POSITIVE",
                    "fromStages", java.util.List.of("DISCOVERY"),
                    "targetStage", "REFLECTION"))
            .when()
            .post("/api/journey-rules")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try {
      String leadId = createLeadId(Map.of());

      touch(leadId, "SUPPORT_REQUEST", Map.of("sentiment", "POSITIVE"));

      given()
          .when()
          .get("/api/leads/" + leadId + "/history")
          .then()
          .body("items[1].to", equalTo("REFLECTION"))
          .body("items[1].actor.id", equalTo(ruleId))
          .body("items[1].cause.type", equalTo("RULE"))
          .body("items[1].cause.id", equalTo(ruleId));
    } finally {
      given().when().delete("/api/journey-rules/" + ruleId).then().statusCode(204);
    }
  }
}
