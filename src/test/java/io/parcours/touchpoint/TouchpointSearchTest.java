package io.parcours.touchpoint;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.user;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The touchpoint search across leads: filters, a cursor that misses nothing, owners' limits. */
@QuarkusTest
class TouchpointSearchTest {

  @Test
  void shouldSeeEveryTouchpointOnceAcrossPagesInBothDirections() {
    Instant start = window();
    List<String> leads = List.of(createLeadId(Map.of()), createLeadId(Map.of()));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      // Pairs share their time: the id breaks the tie.
      Instant at = start.plusSeconds(i / 2);
      ids.add(touch(leads.get(i % 2), "PAGE_VIEW", Map.of("occurredAt", at.toString())).path("id"));
    }

    for (String sort : List.of("occurredAt", "-occurredAt")) {
      List<String> seen = new ArrayList<>();
      List<String> times = new ArrayList<>();
      String cursor = null;
      do {
        JsonPath page =
            page(given(), Map.of("sort", sort, "limit", 5), start, start.plusSeconds(60), cursor);
        seen.addAll(page.getList("items.id"));
        times.addAll(page.getList("items.occurredAt"));
        cursor = page.getString("nextCursor");
      } while (cursor != null);
      assertEquals(23, seen.size(), "no touchpoint twice");
      assertEquals(ids, Set.copyOf(seen), "every touchpoint");
      List<String> sorted = new ArrayList<>(times);
      sorted.sort(sort.startsWith("-") ? Comparator.reverseOrder() : Comparator.naturalOrder());
      assertEquals(sorted, times);
    }
  }

  @Test
  void shouldFilterByTypeChannelTimeAndLead() {
    Instant start = window();
    String a = createLeadId(Map.of());
    String b = createLeadId(Map.of());
    String call = touch(a, "CALL", at(start, "PHONE")).path("id");
    String visit = touch(b, "STORE_VISIT", at(start.plusSeconds(10), "STORE")).path("id");
    String view = touch(b, "PAGE_VIEW", at(start.plusSeconds(20), "WEB")).path("id");
    Instant end = start.plusSeconds(30);

    check(Map.of("type", List.of("CALL", "STORE_VISIT")), start, end, call, visit);
    check(Map.of("channel", "WEB"), start, end, view);
    check(Map.of("leadId", b), start, end, visit, view);
    check(Map.of(), start.plusSeconds(10), start.plusSeconds(20), visit);
  }

  @Test
  void shouldShowASalespersonTheTouchpointsOfHisAndUnassignedLeadsOnly() {
    Instant start = window();
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String hers = lead(alice);
    String his = lead(bob);
    String nobodys = createLeadId(Map.of());
    touch(hers, "CALL", at(start, "PHONE"));
    String mine = touch(his, "CALL", at(start, "PHONE")).path("id");
    String shared = touch(nobodys, "CALL", at(start, "PHONE")).path("id");
    Instant end = start.plusSeconds(1);

    assertEquals(
        Set.of(mine, shared),
        Set.copyOf(page(as(bob), Map.of(), start, end, null).<String>getList("items.id")));
    assertEquals(
        0, page(as(bob), Map.of("leadId", hers), start, end, null).getList("items").size());
    assertEquals(3, page(given(), Map.of(), start, end, null).getList("items").size());
  }

  @Test
  void shouldRefuseWhatItCannotReadAsProblems() {
    Map<String, Supplier<Object>> bad = new HashMap<>();
    bad.put("type", () -> "NOT_A_TYPE");
    bad.put("channel", () -> "PIGEON");
    bad.put("sort", () -> "note");
    bad.put("cursor", () -> "not-a-cursor");
    bad.put("occurredFrom", () -> "yesterday");
    bad.put("limit", () -> 201);
    for (var e : bad.entrySet()) {
      given()
          .queryParam(e.getKey(), e.getValue().get())
          .when()
          .get("/api/touchpoints")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    List<String> many = new ArrayList<>();
    for (int i = 0; i < TouchpointQueries.MAX_VALUES + 1; i++) {
      many.add("CALL");
    }
    given()
        .queryParam("type", many)
        .when()
        .get("/api/touchpoints")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("type"));
  }

  private static void check(Map<String, Object> filter, Instant from, Instant to, String... ids) {
    given()
        .queryParams(filter)
        .queryParam("occurredFrom", from.toString())
        .queryParam("occurredTo", to.toString())
        .when()
        .get("/api/touchpoints")
        .then()
        .statusCode(200)
        .body("items.id", containsInAnyOrder((Object[]) ids));
  }

  private static JsonPath page(
      RequestSpecification spec, Map<String, Object> params, Instant from, Instant to, String c) {
    RequestSpecification r =
        spec.queryParams(params)
            .queryParam("occurredFrom", from.toString())
            .queryParam("occurredTo", to.toString());
    if (c != null) {
      r.queryParam("cursor", c);
    }
    return r.when().get("/api/touchpoints").then().statusCode(200).extract().jsonPath();
  }

  /** A minute of the past no other test writes touchpoints in. */
  private static Instant window() {
    long minutes = ThreadLocalRandom.current().nextLong(10_000_000);
    return Instant.parse("1990-01-01T00:00:00Z").plus(minutes, ChronoUnit.MINUTES);
  }

  private static Map<String, Object> at(Instant when, String channel) {
    return Map.of("occurredAt", when.toString(), "channel", channel);
  }

  private static String lead(TestAuth.Session owner) {
    return as(owner)
        .contentType(ContentType.JSON)
        .body(Map.of("email", "tp-" + java.util.UUID.randomUUID() + "@example.com"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
