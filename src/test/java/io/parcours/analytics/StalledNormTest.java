package io.parcours.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The norm of a stage whose finished stays all belong to leads without a persona. */
@QuarkusTest
class StalledNormTest {

  @Inject History history;

  @Test
  void shouldListTheStalledLeadsOfAStageNoPersonaHasANormFor() {
    String source = "src-" + UUID.randomUUID();
    // a period of its own, long ago: no other test's stays make a norm of a persona there
    Instant entered = Instant.parse("2003-03-03T00:00:00Z");
    for (int i = 0; i < 3; i++) {
      UUID done = history.lead(source, entered);
      history.move(done, "DISCOVERY", "REFLECTION", "ADVANCE", entered.plusSeconds(86400));
    }
    UUID forgotten = history.lead(source, entered);

    given()
        .queryParam("from", "2003-03-01")
        .queryParam("to", "2003-03-31")
        .queryParam("source", source)
        .when()
        .get("/api/analytics/stalled")
        .then()
        .statusCode(200)
        .body("leads.leadId", hasItem(forgotten.toString()));
  }
}
