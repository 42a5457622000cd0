package io.parcours.content;

import static io.parcours.content.ContentFixtures.assign;
import static io.parcours.content.ContentFixtures.createItem;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.moveTo;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentResourceTest {

  @Inject ContentAssignments assignments;

  @Test
  void shouldGiveTheNextBestItemAutomaticallyWhenTheLeadEntersAStage() {
    String persona = createPersona("Auto");
    String lead = createLeadId(Map.of("personaId", persona));
    String demo =
        createItem(
            Map.of("type", "DEMO", "stages", List.of("DECISION"), "personaIds", List.of(persona)));

    moveTo(lead, "DECISION", null);

    given()
        .when()
        .get("/api/leads/" + lead + "/assignments")
        .then()
        .statusCode(200)
        .body("items[0].contentId", equalTo(demo))
        .body("items[0].stage", equalTo("DECISION"))
        .body("items[0].automatic", equalTo(true))
        .body("items[0].actor.type", equalTo("SYSTEM"));
  }

  @Test
  void shouldTrackViewClickAndConversionWhenTheLeadAdvances() {
    String lead = createLeadId(Map.of("stage", "REFLECTION"));
    String paper = createItem(Map.of("type", "WHITE_PAPER", "stages", List.of("REFLECTION")));
    String assignment = assign(lead, paper);
    String path = "/api/leads/" + lead + "/assignments/" + assignment;

    String viewedAt =
        given()
            .when()
            .post(path + "/viewed")
            .then()
            .statusCode(200)
            .body("viewedAt", notNullValue())
            .body("clickedAt", nullValue())
            .body("convertedAt", nullValue())
            .extract()
            .path("viewedAt");
    given()
        .when()
        .post(path + "/clicked")
        .then()
        .statusCode(200)
        .body("clickedAt", notNullValue())
        .body("viewedAt", equalTo(viewedAt));

    moveTo(lead, "DECISION", null);

    given()
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("convertedAt", notNullValue())
        .body("automatic", equalTo(false));
  }

  @Test
  void shouldNotConvertWhenTheLeadGoesBackOrIsLost() {
    String lead = createLeadId(Map.of("stage", "DECISION"));
    String faq = createItem(Map.of("type", "FAQ", "stages", List.of("DECISION")));
    String assignment = assign(lead, faq);

    moveTo(lead, "REFLECTION", "Wants to compare again");
    moveTo(lead, "LOST", "Chose a competitor");

    given()
        .when()
        .get("/api/leads/" + lead + "/assignments/" + assignment)
        .then()
        .body("convertedAt", nullValue());
  }

  @Test
  void shouldMarkTheLatestAssignmentViewedFromATouchpointNamingTheItem() {
    String lead = createLeadId(Map.of("stage", "REFLECTION"));
    String study = createItem(Map.of("type", "CASE_STUDY", "stages", List.of("REFLECTION")));
    String assignment = assign(lead, study);
    Instant at = Instant.parse("2026-03-01T10:15:30Z");

    touch(lead, "CONTENT_VIEW", Map.of("contentId", study, "occurredAt", at.toString()));

    given()
        .when()
        .get("/api/leads/" + lead + "/assignments/" + assignment)
        .then()
        .body("viewedAt", equalTo("2026-03-01T10:15:30Z"))
        .body("clickedAt", nullValue());

    touch(lead, "EMAIL_CLICK", Map.of("contentId", study, "channel", "EMAIL"));

    given()
        .when()
        .get("/api/leads/" + lead + "/assignments/" + assignment)
        .then()
        .body("viewedAt", equalTo("2026-03-01T10:15:30Z"))
        .body("clickedAt", notNullValue());
  }

  @Test
  void shouldGiveAnItemOnlyOncePerPassThroughAStage() {
    String lead = createLeadId(Map.of("stage", "REFLECTION"));
    String webinar = createItem(Map.of("type", "WEBINAR", "stages", List.of("REFLECTION")));
    String first = assign(lead, webinar);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", webinar))
        .when()
        .post("/api/leads/" + lead + "/assignments")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("existingId", equalTo(first));

    moveTo(lead, "DECISION", null);
    moveTo(lead, "REFLECTION", "Back to comparing");
    assign(lead, webinar);
  }

  @Test
  void shouldRefuseAnUnknownOrInactiveItem() {
    String lead = createLeadId(Map.of());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", UUID.randomUUID().toString()))
        .when()
        .post("/api/leads/" + lead + "/assignments")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("contentId"));

    String retired = createItem(Map.of("type", "GUIDE", "active", false));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", retired))
        .when()
        .post("/api/leads/" + lead + "/assignments")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("contentId", equalTo(retired));
  }

  @Test
  void shouldAnswer404ForAnotherLeadsAssignment() {
    String lead = createLeadId(Map.of("stage", "REFLECTION"));
    String assignment =
        assign(lead, createItem(Map.of("type", "EBOOK", "stages", List.of("REFLECTION"))));
    String other = createLeadId(Map.of());

    given()
        .when()
        .post("/api/leads/" + other + "/assignments/" + assignment + "/viewed")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
