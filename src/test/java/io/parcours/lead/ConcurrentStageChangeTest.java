package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Salespeople and automation moving one lead at once: no history row lost, no disagreement. */
@QuarkusTest
class ConcurrentStageChangeTest {

  private static final List<String> CYCLE = List.of("REFLECTION", "DECISION", "LOST", "DISCOVERY");

  @Test
  void shouldLetExactlyOneOfManyWritersWithTheSameETagWin() throws Exception {
    String id = createLeadId(Map.of());
    Callable<Integer> move =
        () ->
            given()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("stage", "DECISION"))
                .when()
                .post("/api/leads/" + id + "/stage")
                .then()
                .extract()
                .statusCode();

    List<Integer> statuses = runConcurrently(20, move);

    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(19, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
    assertEquals(2, history(id).size());
  }

  @Test
  void shouldKeepEveryMoveOfWritersThatRetryInOneUnbrokenHistory() throws Exception {
    String id = createLeadId(Map.of());
    int writers = 20;
    int movesEach = 3;
    Callable<Integer> writer =
        () -> {
          int done = 0;
          while (done < movesEach) {
            ExtractableResponse<Response> lead =
                given().when().get("/api/leads/" + id).then().extract();
            String next = CYCLE.get((CYCLE.indexOf(lead.<String>path("stage")) + 1) % CYCLE.size());
            int status =
                given()
                    .contentType(ContentType.JSON)
                    .header("If-Match", lead.header("ETag"))
                    .body(Map.of("stage", next, "reason", "concurrency test"))
                    .when()
                    .post("/api/leads/" + id + "/stage")
                    .then()
                    .extract()
                    .statusCode();
            if (status == 200) {
              done++;
            } else if (status != 412) {
              throw new AssertionError("unexpected status " + status);
            }
          }
          return done;
        };

    int moves = runConcurrently(writers, writer).stream().mapToInt(Integer::intValue).sum();

    List<Map<String, Object>> history = history(id);
    assertEquals(1 + moves, history.size());
    assertNull(history.get(0).get("from"));
    for (int i = 1; i < history.size(); i++) {
      assertEquals(
          history.get(i - 1).get("to"),
          history.get(i).get("from"),
          "row " + i + " does not follow row " + (i - 1));
    }
    Map<String, Object> last = history.get(history.size() - 1);
    ExtractableResponse<Response> lead = given().when().get("/api/leads/" + id).then().extract();
    assertEquals(last.get("to"), lead.path("stage"));
    assertEquals(last.get("at"), lead.path("stageEnteredAt"));
    assertEquals((long) moves, ((Number) lead.path("version")).longValue());
  }

  private static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(java.util.Collections.nCopies(threads, task))) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  private static List<Map<String, Object>> history(String id) {
    return given()
        .queryParam("limit", 200)
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .extract()
        .path("items");
  }
}
