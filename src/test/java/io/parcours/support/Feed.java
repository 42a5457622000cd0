package io.parcours.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A consumer of the event feed, as an integration would write one: it keeps its cursor. */
public final class Feed {

  private String cursor;

  /** A consumer that starts at the current end of the feed. */
  public static Feed fromNow() {
    Feed feed = new Feed();
    feed.poll();
    return feed;
  }

  /** A consumer that starts at the beginning. */
  public static Feed fromStart() {
    return new Feed();
  }

  /** Every event served since the last call, following pages until the end. */
  public List<Map<String, Object>> poll() {
    List<Map<String, Object>> seen = new ArrayList<>();
    boolean more = true;
    while (more) {
      var request = given().queryParam("limit", 500);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page = request.when().get("/api/events").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
      more = page.getBoolean("more");
    }
    return seen;
  }

  /** Polls until {@code count} matching events arrived; fails after ten seconds. */
  public List<Map<String, Object>> await(Predicate<Map<String, Object>> matching, int count) {
    List<Map<String, Object>> got = new ArrayList<>();
    return Poll.until(
        () -> {
          poll().stream().filter(matching).forEach(got::add);
          return got;
        },
        events -> events.size() >= count,
        Duration.ofSeconds(10));
  }

  public static Predicate<Map<String, Object>> ofLead(String leadId) {
    return e -> leadId.equals(e.get("leadId"));
  }
}
