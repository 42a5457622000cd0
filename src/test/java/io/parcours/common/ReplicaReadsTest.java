package io.parcours.common;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.Poll;
import io.parcours.support.ReplicaServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports, search, the board and exports read the streaming replica of .ci/replica. */
@QuarkusTest
@TestProfile(ReplicaReadsTest.WithReplica.class)
class ReplicaReadsTest {

  public static class WithReplica implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "parcours.read.host", "127.0.0.1",
          "quarkus.datasource.\"read\".jdbc.url", ReplicaServer.URL + "?currentSchema=${db.schema}",
          "parcours.read.max-lag", "PT15S");
    }
  }

  @BeforeEach
  void replicaRuns() {
    ReplicaServer.requireRunning();
  }

  @Test
  void shouldServeReportsSearchBoardAndExportsFromTheReplica() {
    String tag = "r-" + UUID.randomUUID();
    String leadId = createLeadId(Map.of("tags", List.of(tag)));

    Response found = awaitSearch(tag, 1);
    assertEquals("replica", found.header("Read-Source"));
    assertTrue(found.header("Replica-Replay-Time").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    assertEquals(leadId, found.path("items[0].id"));
    for (String path :
        List.of("/api/analytics/funnel", "/api/analytics/time-in-stage", "/api/board")) {
      given()
          .when()
          .get(path)
          .then()
          .statusCode(200)
          .header("Read-Source", "replica")
          .header("Replica-Replay-Time", notNullValue());
    }
    given()
        .queryParam("tag", tag)
        .when()
        .get("/api/exports/leads.csv")
        .then()
        .statusCode(200)
        .header("Read-Source", "replica");
  }

  @Test
  void shouldKeepTheCallersOwnWritesOnThePrimary() {
    String fresh = "f-" + UUID.randomUUID();
    createLeadId(Map.of("tags", List.of(fresh)));
    awaitSearch(fresh, 1); // the replica has replayed a moment ago
    ReplicaServer.pauseReplay();
    try {
      String tag = "w-" + UUID.randomUUID();
      String leadId = createLeadId(Map.of("tags", List.of(tag)));

      given().when().get("/api/leads/" + leadId).then().statusCode(200).body("id", equalTo(leadId));
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", etag(leadId))
          .body(Map.of("stage", "REFLECTION"))
          .when()
          .post("/api/leads/" + leadId + "/stage")
          .then()
          .statusCode(200)
          .body("stage", equalTo("REFLECTION"));
      // Search reads the replica, which has not replayed the lead yet.
      given()
          .queryParam("tag", tag)
          .when()
          .get("/api/leads")
          .then()
          .statusCode(200)
          .header("Read-Source", "replica")
          .body("items.size()", equalTo(0));
    } finally {
      ReplicaServer.resumeReplay();
    }
  }

  @Test
  void shouldFallBackToThePrimaryWhenTheReplicaLagsOrIsDown() throws InterruptedException {
    String tag = "d-" + UUID.randomUUID();
    ReplicaServer.pauseReplay();
    try {
      createLeadId(Map.of("tags", List.of(tag)));
      Thread.sleep(Duration.ofSeconds(16).toMillis()); // past the allowed lag of 15 s
      double lagging = fallbacks("lagging");
      Response read = search(tag);
      assertEquals("primary", read.header("Read-Source"));
      assertEquals(1, (int) read.path("items.size()"));
      assertEquals(lagging + 1, fallbacks("lagging"));
    } finally {
      ReplicaServer.resumeReplay();
    }

    ReplicaServer.stop();
    try {
      double unavailable = fallbacks("unavailable");
      Response read = search(tag);
      assertEquals("primary", read.header("Read-Source"));
      assertEquals(1, (int) read.path("items.size()"));
      given()
          .when()
          .get("/api/analytics/funnel")
          .then()
          .statusCode(200)
          .header("Read-Source", "primary");
      assertEquals(unavailable + 2, fallbacks("unavailable"));
    } finally {
      ReplicaServer.start();
    }
    assertEquals("replica", awaitSearch(tag, 1).header("Read-Source"));
  }

  private static Response search(String tag) {
    return given().queryParam("tag", tag).when().get("/api/leads").then().extract().response();
  }

  private static Response awaitSearch(String tag, int count) {
    return Poll.until(
        () -> search(tag),
        r ->
            r.statusCode() == 200
                && "replica".equals(r.header("Read-Source"))
                && ((List<?>) r.path("items")).size() == count,
        Duration.ofSeconds(30));
  }

  private static double fallbacks(String reason) {
    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile(
                "parcours_replica_fallbacks_total\\{[^}]*reason=\"" + reason + "\"[^}]*} (\\S+)")
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
