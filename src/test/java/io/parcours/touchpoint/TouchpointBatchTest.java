package io.parcours.touchpoint;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TouchpointBatchTest {

  /** REST Assured would send the colon as %3A, which names another path. */
  private static final String BATCH = "/api/touchpoints:batch";

  @Test
  void shouldAnswerEachItemOfAMixedBatch() {
    String email = uniqueEmail();
    String byEmail = createLeadId(Map.of("email", email));
    String byId = createLeadId(Map.of());
    String externalId = "b-" + UUID.randomUUID();
    List<Map<String, Object>> items =
        List.of(
            Map.of("leadId", byId, "channel", "WEB", "type", "PAGE_VIEW", "externalId", externalId),
            Map.of("email", email.toUpperCase(), "channel", "STORE", "type", "STORE_VISIT"),
            Map.of("leadId", byId, "channel", "WEB", "type", "TELEPATHY"),
            Map.of("email", uniqueEmail(), "channel", "WEB", "type", "PAGE_VIEW"),
            Map.of("leadId", byId, "channel", "WEB", "type", "PAGE_VIEW", "externalId", externalId),
            Map.of("channel", "WEB", "type", "PAGE_VIEW"));

    given()
        .urlEncodingEnabled(false)
        .contentType(ContentType.JSON)
        .body(Map.of("items", items))
        .when()
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2))
        .body("duplicates", equalTo(1))
        .body("rejected", equalTo(3))
        .body("items[0].status", equalTo("ACCEPTED"))
        .body("items[0].touchpointId", notNullValue())
        .body("items[1].status", equalTo("ACCEPTED"))
        .body("items[1].leadId", equalTo(byEmail))
        .body("items[2].status", equalTo("REJECTED"))
        .body("items[2].errors[0].field", equalTo("type"))
        .body("items[2].touchpointId", nullValue())
        .body("items[3].status", equalTo("REJECTED"))
        .body("items[3].errors[0].message", equalTo("no lead has this email"))
        .body("items[4].status", equalTo("DUPLICATE"))
        .body("items[4].index", equalTo(4))
        .body("items[5].errors.field", hasItem("leadId"));

    given()
        .when()
        .get("/api/leads/" + byId + "/timeline")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'TOUCHPOINT' }.size()", equalTo(1));
  }

  @Test
  void shouldAcceptAnExternalIdThatAnotherLeadAlreadyHas() {
    String first = createLeadId(Map.of());
    String second = createLeadId(Map.of());
    String externalId = "b-" + UUID.randomUUID();
    Map<String, Object> push =
        Map.of("leadId", first, "channel", "WEB", "type", "PAGE_VIEW", "externalId", externalId);
    List<Map<String, Object>> items =
        List.of(
            push,
            Map.of("leadId", second, "channel", "WEB", "type", "CALL", "externalId", externalId),
            push);

    given()
        .urlEncodingEnabled(false)
        .contentType(ContentType.JSON)
        .body(Map.of("items", items))
        .when()
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2))
        .body("duplicates", equalTo(1))
        .body("items[1].status", equalTo("ACCEPTED"))
        .body("items[1].leadId", equalTo(second))
        .body("items[2].status", equalTo("DUPLICATE"))
        .body("items[2].leadId", equalTo(first));
  }

  @Test
  void shouldApplyTheRulesItemByItemInTheOrderSent() {
    String leadId = createLeadId(Map.of("stage", "DECISION"));
    List<Map<String, Object>> items =
        List.of(
            Map.of(
                "leadId",
                leadId,
                "channel",
                "STORE",
                "type",
                "PURCHASE",
                "occurredAt",
                "2025-05-01T10:00:00Z"),
            Map.of(
                "leadId",
                leadId,
                "channel",
                "WEB",
                "type",
                "PURCHASE",
                "occurredAt",
                "2025-05-02T10:00:00Z"));

    String second =
        given()
            .urlEncodingEnabled(false)
            .contentType(ContentType.JSON)
            .body(Map.of("items", items))
            .when()
            .post(BATCH)
            .then()
            .statusCode(200)
            .body("accepted", equalTo(2))
            .extract()
            .path("items[1].touchpointId");

    given()
        .when()
        .get("/api/leads/" + leadId + "/history")
        .then()
        .body("items.to", equalTo(List.of("DECISION", "CUSTOMER", "LOYAL")))
        .body("items[2].cause.id", equalTo(second));
    given()
        .when()
        .get("/api/leads/" + leadId + "/touchpoints/" + second)
        .then()
        .statusCode(200)
        .body("leadStage", equalTo("CUSTOMER"));
  }

  @Test
  void shouldRefuseABatchBeyondTheLimitWithAProblem() {
    String leadId = createLeadId(Map.of());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i <= 1000; i++) {
      items.add(Map.of("leadId", leadId, "channel", "WEB", "type", "PAGE_VIEW"));
    }

    given()
        .urlEncodingEnabled(false)
        .contentType(ContentType.JSON)
        .body(Map.of("items", items))
        .when()
        .post(BATCH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", endsWith("items"));
  }

  @Test
  void shouldRecordAFullBatchOfAThousandInOneRequest() {
    String leadId = createLeadId(Map.of());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(Map.of("leadId", leadId, "channel", "WEB", "type", "EMAIL_OPEN"));
    }

    given()
        .urlEncodingEnabled(false)
        .contentType(ContentType.JSON)
        .body(Map.of("items", items))
        .when()
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1000));
  }
}
