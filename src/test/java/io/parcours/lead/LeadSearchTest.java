package io.parcours.lead;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadSearchTest {

  @Test
  void shouldFilterByStagePersonaOwnerSourceAndTag() {
    String tag = "t-" + UUID.randomUUID();
    String persona = createPersona("Buyer");
    // an active user: a lead's owner is one
    String owner = user("SALES").userId();
    String match =
        createLeadId(
            Map.of(
                "tags",
                List.of(tag),
                "stage",
                "DECISION",
                "personaId",
                persona,
                "ownerId",
                owner,
                "source",
                Map.of("channel", "EVENT")));
    createLeadId(
        Map.of(
            "tags", List.of(tag), "stage", "REFLECTION", "personaId", persona, "ownerId", owner));
    createLeadId(Map.of("tags", List.of(tag), "stage", "DECISION", "ownerId", owner));
    createLeadId(Map.of("stage", "DECISION", "personaId", persona, "ownerId", owner));

    given()
        .queryParam("tag", tag)
        .queryParam("stage", "DECISION")
        .queryParam("personaId", persona)
        .queryParam("ownerId", owner)
        .queryParam("source", "EVENT")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200)
        .body("items.id", contains(match))
        .body("nextCursor", nullValue());

    given()
        .queryParam("tag", tag)
        .queryParam("stage", "DECISION", "REFLECTION")
        .when()
        .get("/api/leads")
        .then()
        .body("items.size()", equalTo(3));
  }

  @Test
  void shouldFindWordsInNameEmailAndCompany() {
    String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
    String byCompany = createLeadId(Map.of("company", "Atelier " + word));
    String byName = createLeadId(Map.of("lastName", word.toUpperCase(), "company", "Rennes Bois"));
    createLeadId(Map.of("company", "Unrelated"));

    given()
        .queryParam("q", word)
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", containsInAnyOrder(byCompany, byName));

    given()
        .queryParam("q", word + " rennes")
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", contains(byName));
  }

  @Test
  void shouldTreatLikeWildcardsAsText() {
    given()
        .queryParam("q", "%_%")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void shouldWalkEveryPageOnceInSortOrder() {
    String tag = "page-" + UUID.randomUUID();
    List<String> created = new ArrayList<>();
    for (int score = 0; score < 7; score++) {
      created.add(createLeadId(Map.of("tags", List.of(tag))));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          given().queryParam("tag", tag).queryParam("limit", 3).queryParam("sort", "createdAt");
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.when().get("/api/leads").then().statusCode(200).extract();
      seen.addAll(page.path("items.id"));
      cursor = page.path("nextCursor");
      pages++;
    } while (cursor != null);

    assertEquals(created, seen);
    assertEquals(3, pages);
  }

  @Test
  void shouldSortDescendingWithAMinus() {
    String tag = "desc-" + UUID.randomUUID();
    String older = createLeadId(Map.of("tags", List.of(tag), "email", "a-" + tag + "@example.com"));
    String newer = createLeadId(Map.of("tags", List.of(tag), "email", "b-" + tag + "@example.com"));

    given()
        .queryParam("tag", tag)
        .queryParam("sort", "-email")
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", contains(newer, older));

    given()
        .queryParam("tag", tag)
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", contains(newer, older));
  }

  @Test
  void shouldRefuseAnUnknownSortNamingTheAllowedOnes() {
    given()
        .queryParam("sort", "password")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("sort"))
        .body("allowed", hasItem("score"));
  }

  @Test
  void shouldCapThePageSize() {
    given()
        .queryParam("limit", 201)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void shouldRefuseAForgedCursor() {
    given()
        .queryParam("cursor", "not a cursor!")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("parameter", equalTo("cursor"));
  }

  @Test
  void shouldRefuseAnUnknownStageFilter() {
    given()
        .queryParam("stage", "NOWHERE")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
