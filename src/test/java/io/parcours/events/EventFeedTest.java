package io.parcours.events;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Feed;
import io.parcours.support.TouchpointFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventFeedTest {

  @Test
  void shouldServeALeadsEventsInTheOrderTheyHappened() throws Exception {
    Feed feed = Feed.fromNow();
    String id = createLeadId(Map.of("firstName", "Ada"));
    given()
        .contentType("application/merge-patch+json")
        .header("If-Match", etag(id))
        .body(Map.of("company", "Analytical Engines"))
        .when()
        .patch("/api/leads/" + id)
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag(id))
        .body(Map.of("stage", "REFLECTION"))
        .when()
        .post("/api/leads/" + id + "/stage")
        .then()
        .statusCode(200);
    given().when().delete("/api/leads/" + id).then().statusCode(204);

    List<Map<String, Object>> events = feed.await(ofLeadWithoutContent(id), 4);

    assertEquals(
        List.of("lead.created", "lead.updated", "lead.stage_changed", "lead.deleted"),
        events.stream().map(e -> e.get("type")).toList());
    Map<String, Object> updated = data(events.get(1));
    assertEquals(Map.of("company", "Analytical Engines"), updated.get("changes"));
    Map<String, Object> moved = data(events.get(2));
    assertEquals("DISCOVERY", moved.get("from"));
    assertEquals("REFLECTION", moved.get("to"));
    assertEquals("MANUAL", ((Map<?, ?>) moved.get("cause")).get("type"));
    assertEquals("API_KEY", ((Map<?, ?>) moved.get("actor")).get("type"));
  }

  @Test
  void shouldRecordATouchpointBeforeTheStageChangeItCauses() throws Exception {
    Feed feed = Feed.fromNow();
    String id = createLeadId(Map.of());
    TouchpointFixtures.touch(id, "DEMO_REQUEST");

    List<Map<String, Object>> events = feed.await(ofLeadWithoutContent(id), 3);

    assertEquals(
        List.of("lead.created", "touchpoint.recorded", "lead.stage_changed"),
        events.stream().map(e -> e.get("type")).toList());
    assertEquals("DEMO_REQUEST", data(events.get(1)).get("type"));
    assertEquals("DECISION", data(events.get(2)).get("to"));
    assertEquals("RULE", ((Map<?, ?>) data(events.get(2)).get("actor")).get("type"));
  }

  @Test
  void shouldFilterByTypeAndResumeFromTheCursor() {
    String id = createLeadId(Map.of());
    // Read every lead.created event page by page to the end: the lead's appears exactly once.
    List<String> leads = new java.util.ArrayList<>();
    String cursor = null;
    boolean more = true;
    while (more) {
      var request = given().queryParam("type", "lead.created").queryParam("limit", 200);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      var page =
          request
              .when()
              .get("/api/events")
              .then()
              .statusCode(200)
              .body("items.type", org.hamcrest.Matchers.everyItem(equalTo("lead.created")))
              .extract()
              .jsonPath();
      leads.addAll(page.getList("items.leadId", String.class));
      cursor = page.getString("nextCursor");
      more = page.getBoolean("more");
    }
    assertEquals(1, leads.stream().filter(id::equals).count(), "the lead's event, once");

    given()
        .queryParam("after", cursor)
        .queryParam("type", "lead.created")
        .when()
        .get("/api/events")
        .then()
        .statusCode(200)
        .body("items.leadId", org.hamcrest.Matchers.not(hasItem(id)))
        .body("nextCursor", equalTo(cursor));
  }

  @Test
  void shouldAnswer400ForAnUnknownTypeOrABrokenCursor() {
    given()
        .queryParam("type", "lead.exploded")
        .when()
        .get("/api/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("type"))
        .body("allowed", hasItem("lead.stage_changed"));
    given()
        .queryParam("after", "bm90LWEtY3Vyc29y")
        .when()
        .get("/api/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldKeepTheFeedFromSalespeopleAndStrangers() {
    as(user("SALES")).when().get("/api/events").then().statusCode(403);
    as(user("MARKETING")).when().get("/api/events").then().statusCode(200);
    anonymous().when().get("/api/events").then().statusCode(401);
  }

  /** Content given automatically depends on the library other tests build; it is left out. */
  private static java.util.function.Predicate<Map<String, Object>> ofLeadWithoutContent(String id) {
    return Feed.ofLead(id).and(e -> !"content.assigned".equals(e.get("type")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> event) {
    return (Map<String, Object>) event.get("data");
  }
}
