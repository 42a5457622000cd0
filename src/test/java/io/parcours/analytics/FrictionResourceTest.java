package io.parcours.analytics;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uses March 2020, a period no other test writes to. */
@QuarkusTest
class FrictionResourceTest {

  @Test
  void shouldGroupNegativeTouchpointsByStageAndChannelWorstFirst() {
    String discoverer = createLeadId(Map.of());
    String decider = createLeadId(Map.of("stage", "DECISION"));
    touch(discoverer, "COMPLAINT", Map.of("channel", "PHONE", "occurredAt", at("10:00")));
    touch(discoverer, "PAYMENT_FAILED", Map.of("occurredAt", at("10:05")));
    touch(discoverer, "CART_ABANDONED", Map.of("occurredAt", at("10:10"), "note", "Shipping cost"));
    touch(discoverer, "PAGE_VIEW", Map.of("occurredAt", at("10:15")));
    touch(discoverer, "COMPLAINT", Map.of("occurredAt", "2020-02-01T10:00:00Z"));
    touch(decider, "COMPLAINT", Map.of("channel", "PHONE", "occurredAt", at("11:00")));

    given()
        .queryParam("from", "2020-03-01T00:00:00Z")
        .queryParam("to", "2020-03-02T00:00:00Z")
        .queryParam("recent", 1)
        .when()
        .get("/api/friction")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("groups.size()", equalTo(3))
        .body("groups[0].stage", equalTo("DISCOVERY"))
        .body("groups[0].channel", equalTo("WEB"))
        .body("groups[0].count", equalTo(2))
        .body("groups[0].recent.size()", equalTo(1))
        .body("groups[0].recent[0].type", equalTo("CART_ABANDONED"))
        .body("groups[0].recent[0].note", equalTo("Shipping cost"))
        .body("groups[0].recent[0].leadId", equalTo(discoverer))
        .body("groups.stage", hasItem("DECISION"));
  }

  @Test
  void shouldFilterByChannel() {
    String leadId = createLeadId(Map.of());
    touch(leadId, "COMPLAINT", Map.of("channel", "SMS", "occurredAt", "2020-04-01T10:00:00Z"));
    touch(leadId, "COMPLAINT", Map.of("channel", "EMAIL", "occurredAt", "2020-04-01T11:00:00Z"));

    given()
        .queryParam("from", "2020-04-01T00:00:00Z")
        .queryParam("to", "2020-04-02T00:00:00Z")
        .queryParam("channel", "SMS")
        .when()
        .get("/api/friction")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("groups.channel", equalTo(List.of("SMS")));
  }

  @Test
  void shouldShowASalespersonOnlyTheFrictionOfLeadsHeMaySee() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String alices =
        as(alice)
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail()))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String unassigned = createLeadId(Map.of());
    touch(alices, "COMPLAINT", Map.of("occurredAt", "2020-05-01T10:00:00Z", "note", "Alice's"));
    touch(unassigned, "COMPLAINT", Map.of("occurredAt", "2020-05-01T11:00:00Z"));

    as(bob)
        .queryParam("from", "2020-05-01T00:00:00Z")
        .queryParam("to", "2020-05-02T00:00:00Z")
        .when()
        .get("/api/friction")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("groups[0].count", equalTo(1))
        .body("groups[0].recent.leadId", equalTo(List.of(unassigned)))
        .body("groups[0].recent.note", not(hasItem("Alice's")));
    as(alice)
        .queryParam("from", "2020-05-01T00:00:00Z")
        .queryParam("to", "2020-05-02T00:00:00Z")
        .when()
        .get("/api/friction")
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void shouldRefuseAnUnknownStageWithAProblem() {
    given()
        .queryParam("stage", "NOWHERE")
        .when()
        .get("/api/friction")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("stage"))
        .body("allowed", hasItem("DECISION"));
  }

  @Test
  void shouldRefuseAPeriodThatEndsBeforeItStarts() {
    given()
        .queryParam("from", "2020-03-02T00:00:00Z")
        .queryParam("to", "2020-03-01T00:00:00Z")
        .when()
        .get("/api/friction")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("'from' must be before 'to'"));
  }

  private static String at(String time) {
    return "2020-03-01T" + time + ":00Z";
  }
}
