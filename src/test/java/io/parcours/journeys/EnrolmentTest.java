package io.parcours.journeys;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.moveTo;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who enters a journey, and what ends it: only the exits it lists. */
@QuarkusTest
class EnrolmentTest {

  static final List<Map<String, Object>> STEPS =
      List.of(
          Map.of("kind", "WAIT", "duration", "P1D"),
          Map.of("kind", "SEND", "templateId", JourneyResourceTest.THANKS));

  @Test
  void shouldGoOnWhenTheLeadLeavesTheEntryStageAndEndOnAListedStage() {
    String persona = createPersona("Enrolment");
    create(Map.of("entryStage", "LOYAL", "exitStages", List.of("LOST")), persona);
    String lead =
        createLeadId(Map.of("email", uniqueEmail(), "stage", "LOYAL", "personaId", persona));

    moveTo(lead, "ADVOCATE", "a review");
    journeys(lead).body("size()", equalTo(1)).body("[0].state", equalTo("WAITING"));

    moveTo(lead, "LOST", "went elsewhere");
    journeys(lead)
        .body("[0].state", equalTo("EXITED"))
        .body("[0].exitReason", equalTo("Reached stage LOST"))
        .body("[0].next", equalTo(null));
  }

  @Test
  void shouldEnterAOnceJourneyOnlyOnceAndAnEveryJourneyEachTime() {
    String persona = createPersona("Enrolment");
    create(Map.of("entryTouchpoint", "CART_ABANDONED", "reentry", "ONCE"), persona);
    create(Map.of("entryTouchpoint", "CART_ABANDONED", "reentry", "EVERY"), persona);
    String lead = createLeadId(Map.of("email", uniqueEmail(), "personaId", persona));

    touch(lead, "CART_ABANDONED");
    touch(lead, "CART_ABANDONED");

    journeys(lead)
        .body("size()", equalTo(3))
        .body("findAll { it.state == 'WAITING' }.size()", equalTo(3));
  }

  @Test
  void shouldLeaveOutTheLeadsOfOtherPersonas() {
    String persona = createPersona("Enrolment");
    create(Map.of("entryStage", "LOYAL"), persona);
    String lead = createLeadId(Map.of("email", uniqueEmail(), "stage", "LOYAL"));

    journeys(lead).body("findAll { it.journeyName == 'Enrolment test' }.size()", equalTo(0));
  }

  @Test
  void shouldGiveTheNextBestContentOfTheStepsType() {
    String persona = createPersona("Enrolment");
    // Two items: the stage's own automatic assignment (if the stage's types include case
    // studies) may take the best one; the step then gives the next.
    List<String> items = List.of(caseStudy(persona), caseStudy(persona));
    String journey =
        create(
            Map.of(
                "entryStage",
                "LOYAL",
                "steps",
                List.of(Map.of("kind", "ASSIGN", "contentType", "CASE_STUDY"))),
            persona);

    String lead =
        createLeadId(Map.of("email", uniqueEmail(), "stage", "LOYAL", "personaId", persona));

    given()
        .when()
        .get("/api/leads/" + lead + "/assignments")
        .then()
        .statusCode(200)
        .body("items.findAll { it.actor.type == 'RULE' }.actor.id", contains(journey))
        .body("items.find { it.actor.type == 'RULE' }.contentId", is(in(items)));
    journeys(lead).body("[0].state", equalTo("COMPLETED"));
  }

  private static String create(Map<String, Object> fields, String persona) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("name", "Enrolment test");
    body.put("personaId", persona);
    body.putIfAbsent("steps", STEPS);
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/journeys")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static io.restassured.response.ValidatableResponse journeys(String lead) {
    return given().when().get("/api/leads/" + lead + "/journeys").then().statusCode(200);
  }

  /** A case study for the persona's LOYAL leads. */
  private static String caseStudy(String persona) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                "Case " + java.util.UUID.randomUUID(),
                "type",
                "CASE_STUDY",
                "stages",
                List.of("LOYAL"),
                "personaIds",
                List.of(persona)))
        .when()
        .post("/api/content")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
