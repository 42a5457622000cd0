package io.parcours.content;

import static io.parcours.content.ContentFixtures.assign;
import static io.parcours.content.ContentFixtures.createItem;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentResourceTest {

  @Test
  void shouldCreateAnItemServingTheStagesOfItsTypeByDefault() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title", "How Martin SA cut its costs",
                "type", "CASE_STUDY",
                "url", "https://example.com/martin"))
        .when()
        .post("/api/content")
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/content/[0-9a-f-]{36}"))
        .header("ETag", "\"0\"")
        .body("stages", contains("REFLECTION", "DECISION"))
        .body("personaIds", equalTo(List.of()))
        .body("active", equalTo(true))
        .body("variantWeight", equalTo(1));
  }

  @Test
  void shouldReplaceAnItemOnlyAgainstItsCurrentVersion() {
    String id = createItem(Map.of("type", "GUIDE"));
    Map<String, Object> body = Map.of("title", "Renamed", "type", "GUIDE", "active", false);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .when()
        .put("/api/content/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("Renamed"))
        .body("active", equalTo(false));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .when()
        .put("/api/content/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("currentETag", equalTo("\"1\""));
  }

  @Test
  void shouldRefuseAnUnknownTypeNamingTheAllowedOnes() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Episode 1", "type", "PODCAST"))
        .when()
        .post("/api/content")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("Invalid value for 'type'"))
        .body("allowed", hasItem("REFERRAL_INVITATION"));
  }

  @Test
  void shouldRefuseContentForLostLeadsAndUnknownPersonas() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Win-back", "type", "DISCOUNT", "stages", List.of("LOST")))
        .when()
        .post("/api/content")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("stages"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title", "FAQ",
                "type", "FAQ",
                "personaIds", List.of("00000000-0000-0000-0000-000000000000")))
        .when()
        .post("/api/content")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("personaIds"));
  }

  @Test
  void shouldFilterTheLibraryByStageAndPersona() {
    String persona = createPersona("Filtered");
    String mine = createItem(Map.of("type", "TESTIMONIAL", "personaIds", List.of(persona)));
    String theirs =
        createItem(Map.of("type", "TESTIMONIAL", "personaIds", List.of(createPersona("Else"))));
    String onboarding =
        createItem(Map.of("type", "ONBOARDING_GUIDE", "personaIds", List.of(persona)));

    given()
        .queryParam("stage", "DECISION")
        .queryParam("personaId", persona)
        .queryParam("limit", 200)
        .when()
        .get("/api/content")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(mine))
        .body("items.id", not(hasItem(theirs)))
        .body("items.id", not(hasItem(onboarding)));
  }

  @Test
  void shouldLetMarketingChangeTheTypesAStageRequires() {
    List<String> before =
        given()
            .when()
            .get("/api/content/stage-types")
            .then()
            .statusCode(200)
            .extract()
            .path("ADVOCATE");
    try {
      given()
          .contentType(ContentType.JSON)
          .body(List.of("REVIEW_REQUEST"))
          .when()
          .put("/api/content/stage-types/ADVOCATE")
          .then()
          .statusCode(428)
          .contentType("application/problem+json");
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", "\"1\"")
          .body(List.of("REVIEW_REQUEST"))
          .when()
          .put("/api/content/stage-types/ADVOCATE")
          .then()
          .statusCode(412)
          .contentType("application/problem+json");
      String read = stageTypesETag();
      String changed =
          given()
              .contentType(ContentType.JSON)
              .header("If-Match", read)
              .body(List.of("REVIEW_REQUEST", "TESTIMONIAL"))
              .when()
              .put("/api/content/stage-types/ADVOCATE")
              .then()
              .statusCode(200)
              .body("", containsInAnyOrder("REVIEW_REQUEST", "TESTIMONIAL"))
              .extract()
              .header("ETag");
      assertEquals(changed, stageTypesETag());
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", read)
          .body(List.of("REVIEW_REQUEST", "TESTIMONIAL"))
          .when()
          .put("/api/content/stage-types/ADVOCATE")
          .then()
          .statusCode(412);

      given()
          .contentType(ContentType.JSON)
          .body(Map.of("title", "Your words", "type", "TESTIMONIAL"))
          .when()
          .post("/api/content")
          .then()
          .statusCode(201)
          .body("stages", contains("DECISION", "ADVOCATE"));
    } finally {
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", stageTypesETag())
          .body(before)
          .when()
          .put("/api/content/stage-types/ADVOCATE")
          .then()
          .statusCode(200);
    }
  }

  private static String stageTypesETag() {
    return given().when().get("/api/content/stage-types").then().extract().header("ETag");
  }

  @Test
  void shouldStartFromTheSeedsMapping() {
    given()
        .when()
        .get("/api/content/stage-types")
        .then()
        .body("DISCOVERY", hasItem("BLOG_POST"))
        .body("REFLECTION", hasItem("WHITE_PAPER"))
        .body("DECISION", hasItem("DISCOUNT"))
        .body("CUSTOMER", hasItem("ONBOARDING_GUIDE"))
        .body("LOYAL", hasItem("REVIEW_REQUEST"));
  }

  @Test
  void shouldRefuseDeletingAnItemALeadReceived() {
    String lead = createLeadId(Map.of());
    String item = createItem(Map.of("type", "EBOOK", "stages", List.of("DISCOVERY")));
    assign(lead, item);

    given()
        .when()
        .delete("/api/content/" + item)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("assignmentCount", equalTo(1));

    String unused = createItem(Map.of("type", "EBOOK"));
    given().when().delete("/api/content/" + unused).then().statusCode(204);
    given()
        .when()
        .get("/api/content/" + unused)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
