package io.parcours.timeline;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

  @Test
  void shouldMergeTouchpointsAndStageChangesNewestFirst() {
    String leadId = createLeadId(Map.of("stage", "DECISION"));
    touch(leadId, "CALL", Map.of("occurredAt", "2025-01-03T09:00:00Z", "note", "Asked for terms"));
    touch(leadId, "PURCHASE", Map.of("occurredAt", "2025-01-04T09:00:00Z"));

    given()
        .when()
        .get("/api/leads/" + leadId + "/timeline")
        .then()
        .statusCode(200)
        .body(
            "items.findAll { it.kind != 'EMAIL' }.kind",
            equalTo(List.of("STAGE_CHANGE", "STAGE_CHANGE", "TOUCHPOINT", "TOUCHPOINT")))
        .body("items.findAll { it.kind == 'EMAIL' }", not(empty()))
        .body(
            "items.findAll { it.kind == 'EMAIL' }.data.status",
            everyItem(anyOf(equalTo("PENDING"), equalTo("CANCELLED"))))
        .body("items.findAll { it.kind != 'EMAIL' }[0].data.to", equalTo("CUSTOMER"))
        .body("items.findAll { it.kind != 'EMAIL' }[0].data.cause.type", equalTo("PURCHASE"))
        .body("items.findAll { it.kind != 'EMAIL' }[1].data.kind", equalTo("ENTRY"))
        .body("items.findAll { it.kind != 'EMAIL' }[2].data.type", equalTo("PURCHASE"))
        .body("items.findAll { it.kind != 'EMAIL' }[3].data.note", equalTo("Asked for terms"))
        .body("items.findAll { it.kind != 'EMAIL' }[3].at", equalTo("2025-01-03T09:00:00Z"))
        .body("nextCursor", nullValue());
  }

  @Test
  void shouldPageThroughTheTimelineWithoutGapsOrRepeats() {
    String leadId = createLeadId(Map.of());
    touch(leadId, "PAGE_VIEW", Map.of("occurredAt", "2025-01-01T10:00:00Z"));
    touch(leadId, "EMAIL_OPEN", Map.of("occurredAt", "2025-01-02T10:00:00Z"));
    touch(leadId, "EMAIL_CLICK", Map.of("occurredAt", "2025-01-02T10:00:00Z"));
    touch(leadId, "CALL", Map.of("occurredAt", "2025-01-03T10:00:00Z"));

    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .when()
              .get("/api/leads/" + leadId + "/timeline")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      pageSizes.add(items.size());
      items.forEach(
          i ->
              seen.add(
                  i.get("kind").equals("TOUCHPOINT")
                      ? (String) ((Map<?, ?>) i.get("data")).get("type")
                      : "ENTRY"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);

    assertEquals(List.of(2, 2, 1), pageSizes);
    assertEquals("ENTRY", seen.get(0));
    assertEquals("CALL", seen.get(1));
    assertEquals(
        java.util.Set.of("EMAIL_OPEN", "EMAIL_CLICK"), java.util.Set.copyOf(seen.subList(2, 4)));
    assertEquals("PAGE_VIEW", seen.get(4));
  }

  @Test
  void shouldShowEachKindOnlyToACallerAllowedToReadIt() {
    String leadId = createLeadId(Map.of("stage", "CUSTOMER", "consent", CONSENT));
    touch(leadId, "CALL", Map.of("note", "Private terms"));
    Set<String> all = kindsWith(leadId, TestAuth.ALL_SCOPES);

    assertTrue(all.containsAll(Set.of("STAGE_CHANGE", "TOUCHPOINT")), all.toString());
    assertEquals(Set.of("STAGE_CHANGE"), kindsWith(leadId, List.of("leads:read")));
    assertEquals(
        Set.of("STAGE_CHANGE", "TOUCHPOINT"),
        kindsWith(leadId, List.of("leads:read", "touchpoints:read")));
    Set<String> withEmails = new HashSet<>(all);
    withEmails.remove("TOUCHPOINT");
    assertEquals(withEmails, kindsWith(leadId, List.of("leads:read", "email:read")));
  }

  @Test
  void shouldAnswer404WithAProblemForAnUnknownLead() {
    given()
        .when()
        .get("/api/leads/" + UUID.randomUUID() + "/timeline")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Not found"));
  }

  @Test
  void shouldRefuseAForgedCursorWithAProblem() {
    String leadId = createLeadId(Map.of());

    given()
        .queryParam("cursor", "bm90LWEtY3Vyc29y")
        .when()
        .get("/api/leads/" + leadId + "/timeline")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("cursor"));
  }

  private static final Map<String, Object> CONSENT =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "test");

  private static Set<String> kindsWith(String leadId, List<String> scopes) {
    String key = TestAuth.createKey(TestAuth.admin(), scopes, null);
    List<String> kinds =
        given()
            .header("Authorization", "Bearer " + key)
            .when()
            .get("/api/leads/" + leadId + "/timeline")
            .then()
            .statusCode(200)
            .extract()
            .path("items.kind");
    return new HashSet<>(kinds);
  }
}
