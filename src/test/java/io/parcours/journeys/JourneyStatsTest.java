package io.parcours.journeys;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A journey's entrants and its exits by reason, as marketing reads them. */
@QuarkusTest
class JourneyStatsTest {

  @Test
  void shouldCountEntrantsByStateAndExitsByReason() {
    String persona = createPersona("Stats");
    String journey =
        BranchTest.create(
            persona,
            Map.of("entryTouchpoint", "CART_ABANDONED", "exitTouchpoints", List.of("COMPLAINT")),
            Map.of("kind", "WAIT", "duration", "P1D"),
            Map.of("kind", "SEND", "templateId", JourneyResourceTest.THANKS));
    for (boolean complains : new boolean[] {true, false, true}) {
      String lead = createLeadId(Map.of("email", uniqueEmail(), "personaId", persona));
      touch(lead, "CART_ABANDONED");
      if (complains) {
        touch(lead, "COMPLAINT");
      }
    }

    given()
        .when()
        .get("/api/journeys/" + journey + "/stats")
        .then()
        .statusCode(200)
        .body("journeyId", equalTo(journey))
        .body("entered", equalTo(3))
        .body("running", equalTo(1))
        .body("completed", equalTo(0))
        .body("exited", equalTo(2))
        .body("exits.size()", equalTo(1))
        .body("exits[0].reason", equalTo("A COMPLAINT touchpoint was recorded"))
        .body("exits[0].count", equalTo(2));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownJourney() {
    given()
        .when()
        .get("/api/journeys/" + UUID.randomUUID() + "/stats")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }
}
