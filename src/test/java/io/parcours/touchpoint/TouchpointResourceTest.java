package io.parcours.touchpoint;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TouchpointResourceTest {

  @Test
  void shouldRecordATouchpointWithItsDefaults() {
    String leadId = createLeadId(Map.of());

    String location =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("channel", "PHONE", "type", "COMPLAINT", "note", "Delivery late"))
            .when()
            .post("/api/leads/" + leadId + "/touchpoints")
            .then()
            .statusCode(201)
            .header(
                "Location", matchesPattern(".*/api/leads/" + leadId + "/touchpoints/[0-9a-f-]{36}"))
            .body("leadId", equalTo(leadId))
            .body("sentiment", equalTo("NEGATIVE"))
            .body("source", equalTo("api"))
            .body("leadStage", equalTo("DISCOVERY"))
            .extract()
            .header("Location");

    given()
        .when()
        .get(location)
        .then()
        .statusCode(200)
        .body("type", equalTo("COMPLAINT"))
        .body("note", equalTo("Delivery late"));
  }

  @Test
  void shouldRecordARetriedPushOnce() {
    String leadId = createLeadId(Map.of());
    Map<String, Object> push =
        Map.of("channel", "WEB", "type", "FORM_SUBMIT", "source", "crm-x", "externalId", "f-1");
    String first =
        given()
            .contentType(ContentType.JSON)
            .body(push)
            .when()
            .post("/api/leads/" + leadId + "/touchpoints")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    given()
        .contentType(ContentType.JSON)
        .body(push)
        .when()
        .post("/api/leads/" + leadId + "/touchpoints")
        .then()
        .statusCode(200)
        .body("id", equalTo(first));
  }

  @Test
  void shouldKeepTheExternalIdsOfDifferentLeadsApart() {
    String first = createLeadId(Map.of());
    String second = createLeadId(Map.of());
    String externalId = "shared-" + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("channel", "PHONE", "type", "CALL", "externalId", externalId, "note", "First"))
        .when()
        .post("/api/leads/" + first + "/touchpoints")
        .then()
        .statusCode(201);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("channel", "WEB", "type", "PAGE_VIEW", "externalId", externalId))
        .when()
        .post("/api/leads/" + second + "/touchpoints")
        .then()
        .statusCode(201)
        .body("leadId", equalTo(second))
        .body("type", equalTo("PAGE_VIEW"))
        .body("note", equalTo(null));
  }

  @Test
  void shouldStoreTheSameExternalIdPushedConcurrentlyOnce() throws Exception {
    String leadId = createLeadId(Map.of());
    String externalId = "race-" + UUID.randomUUID();
    int threads = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String[]>> answers = new ArrayList<>();
    Callable<String[]> push =
        () -> {
          start.await();
          var r =
              given()
                  .contentType(ContentType.JSON)
                  .body(Map.of("channel", "WEB", "type", "MEETING", "externalId", externalId))
                  .when()
                  .post("/api/leads/" + leadId + "/touchpoints")
                  .then()
                  .extract();
          return new String[] {String.valueOf(r.statusCode()), r.path("id")};
        };
    for (int i = 0; i < threads; i++) {
      answers.add(pool.submit(push));
    }
    start.countDown();
    List<String[]> results = new ArrayList<>();
    for (Future<String[]> f : answers) {
      results.add(f.get());
    }
    pool.shutdown();

    assertEquals(1, results.stream().filter(r -> r[0].equals("201")).count());
    assertEquals(threads - 1, results.stream().filter(r -> r[0].equals("200")).count());
    assertEquals(1, results.stream().map(r -> r[1]).distinct().count());
    given()
        .when()
        .get("/api/leads/" + leadId + "/timeline")
        .then()
        .statusCode(200)
        .body("items.findAll { it.kind == 'TOUCHPOINT' }.size()", equalTo(1));
  }

  @Test
  void shouldAnswer404WithAProblemForAnUnknownLead() {
    String unknown = UUID.randomUUID().toString();

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("channel", "WEB", "type", "PAGE_VIEW"))
        .when()
        .post("/api/leads/" + unknown + "/touchpoints")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Not found"))
        .body("detail", equalTo("Lead " + unknown + " does not exist"));
  }

  @Test
  void shouldAnswerEveryInvalidFieldWithAProblem() {
    String leadId = createLeadId(Map.of());

    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "type", "FAX",
                "sentiment", "ANGRY",
                "occurredAt", "2999-01-01T00:00:00Z",
                "email", "someone@example.com"))
        .when()
        .post("/api/leads/" + leadId + "/touchpoints")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("The request has invalid fields"))
        .body("errors.field", hasItems("channel", "type", "sentiment", "occurredAt", "email"))
        .body(
            "errors.find { it.field == 'sentiment' }.message",
            equalTo("must be one of [POSITIVE,NEUTRAL,NEGATIVE]"));
  }

  @Test
  void shouldAnswer404ForAnUnknownTouchpoint() {
    given()
        .when()
        .get("/api/leads/" + createLeadId(Map.of()) + "/touchpoints/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", containsString("Touchpoint"));
  }
}
