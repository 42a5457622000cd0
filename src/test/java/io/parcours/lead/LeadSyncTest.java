package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an automation client syncing with Parcours relies on: bulk upsert and reading changes. */
@QuarkusTest
class LeadSyncTest {

  @Test
  void shouldUpsertAThousandLeadsOnceWhenTheBatchIsRetriedWithItsKey() {
    String tag = "batch-" + UUID.randomUUID();
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < LeadBatchRequest.MAX; i++) {
      items.add(Map.of("email", tag + "-" + i + "@example.com", "tags", List.of(tag)));
    }
    String key = UUID.randomUUID().toString();

    JsonPath first = batch(key, items).then().statusCode(200).extract().jsonPath();
    var again = batch(key, items).then().statusCode(200).extract();

    assertEquals(LeadBatchRequest.MAX, first.getList("items").size());
    assertEquals(LeadBatchRequest.MAX, first.getList("items.findAll { it.created }").size());
    assertEquals(0, first.getInt("items[999].index") - 999);
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(first.getList("items.id"), again.jsonPath().getList("items.id"));
    assertEquals(LeadBatchRequest.MAX, countTagged(tag));
  }

  @Test
  void shouldMergeIntoExistingLeadsAndRefuseAWholeBatchForOneBadItem() {
    String tag = "merge-" + UUID.randomUUID();
    String email = tag + "@example.com";
    String id = createLeadId(Map.of("email", email, "firstName", "Léa"));

    batch(
            null,
            List.of(
                Map.of("email", email.toUpperCase(), "company", "Atelier", "tags", List.of(tag))))
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(id))
        .body("items[0].created", equalTo(false));
    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .body("firstName", equalTo("Léa"))
        .body("company", equalTo("Atelier"));

    String fresh = tag + "-new@example.com";
    batch(null, List.of(Map.of("email", fresh), Map.of("email", "not an email")))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("items[1].email")));
    batch(null, List.of(Map.of("email", fresh), Map.of("email", fresh.toUpperCase())))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("items[1].email"));
    given().queryParam("q", fresh).when().get("/api/leads").then().body("items.size()", equalTo(0));
  }

  @Test
  void shouldSeeEveryChangeOnceWhenSyncingPageByPage() {
    String tag = "sync-" + UUID.randomUUID();
    Instant since = Instant.now().minusSeconds(1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      ids.add(createLeadId(Map.of("tags", List.of(tag), "firstName", "v0")));
    }
    Map<String, Integer> seen = new HashMap<>();
    Set<String> versions = new HashSet<>();
    String cursor = null;
    int page = 0;
    do {
      var p =
          given()
              .queryParam("tag", tag)
              .queryParam("updatedSince", since.toString())
              .queryParam("sort", "updatedAt")
              .queryParam("limit", 10)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .when()
              .get("/api/leads")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (Map<String, Object> lead : p.<Map<String, Object>>getList("items")) {
        String id = (String) lead.get("id");
        assertTrue(versions.add(id + "@" + lead.get("version")), "a change seen twice: " + id);
        seen.merge(id, 1, Integer::sum);
      }
      if (page++ == 0) {
        // While the client reads, a lead it has seen and one it has not yet seen change.
        rename(ids.get(0), "v1");
        rename(ids.get(24), "v1");
      }
      cursor = p.getString("nextCursor");
    } while (cursor != null);

    assertEquals(Set.copyOf(ids), seen.keySet(), "every lead seen");
    assertEquals(2, seen.get(ids.get(0)), "the lead changed after it was read is read again");
    assertEquals(1, seen.get(ids.get(24)), "the lead changed before it was read is read once");
  }

  @Test
  void shouldFilterByCreationAndStageEntryTimes() {
    String tag = "times-" + UUID.randomUUID();
    String before = createLeadId(Map.of("tags", List.of(tag)));
    Instant cut = Instant.now();
    String after = createLeadId(Map.of("tags", List.of(tag)));

    given()
        .queryParam("tag", tag)
        .queryParam("createdFrom", cut.toString())
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", org.hamcrest.Matchers.contains(after));
    given()
        .queryParam("tag", tag)
        .queryParam("createdTo", cut.toString())
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", org.hamcrest.Matchers.contains(before));
    given()
        .queryParam("tag", tag)
        .queryParam("stageEnteredFrom", cut.toString())
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", org.hamcrest.Matchers.contains(after));
    given()
        .queryParam("tag", tag)
        .queryParam("createdFrom", "10000-01-01T00:00:00Z")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static io.restassured.response.Response batch(
      String key, List<Map<String, Object>> items) {
    // A thousand creations, each with its journeys and content, outlast the default 30 s when
    // the whole suite shares the machine.
    var slow =
        RestAssured.config()
            .httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 180_000));
    var request = given().config(slow).contentType(ContentType.JSON).body(Map.of("items", items));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.when().post("/api/leads/batch");
  }

  private static int countTagged(String tag) {
    int count = 0;
    String cursor = null;
    do {
      JsonPath p =
          given()
              .queryParam("tag", tag)
              .queryParam("limit", 200)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .when()
              .get("/api/leads")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      count += p.getList("items").size();
      cursor = p.getString("nextCursor");
    } while (cursor != null);
    return count;
  }

  private static void rename(String id, String name) {
    given()
        .contentType("application/merge-patch+json")
        .header("If-Match", etag(id))
        .body(Map.of("firstName", name))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(200);
  }
}
