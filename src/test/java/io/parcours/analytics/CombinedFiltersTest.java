package io.parcours.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filters combined beyond the rollups are answered from the history of the leads they match. */
@QuarkusTest
class CombinedFiltersTest {

  @Inject History history;

  @Test
  void shouldAnswerAnOwnerAndASourceTogether() {
    String source = "src-" + UUID.randomUUID();
    UUID owner = UUID.randomUUID();
    UUID persona = history.persona();
    Instant start = Instant.parse("2024-03-01T00:00:00Z");
    UUID mine = history.lead(source, persona, owner, start);
    history.touch(mine, "WEB", "DISCOVERY", start.plusSeconds(60));
    history.move(mine, "DISCOVERY", "REFLECTION", "ADVANCE", start.plusSeconds(86400));
    history.move(mine, "REFLECTION", "LOST", "LOSS", start.plusSeconds(3 * 86400), "Timing");
    UUID other = history.lead(source, persona, UUID.randomUUID(), start);
    history.touch(other, "WEB", "DISCOVERY", start.plusSeconds(60));
    history.move(other, "DISCOVERY", "LOST", "LOSS", start.plusSeconds(86400), "price");
    UUID unowned = history.lead(source, persona, null, start);
    history.move(unowned, "DISCOVERY", "REFLECTION", "ADVANCE", start.plusSeconds(7200));

    get("funnel", source, owner)
        .body("stages.reached", contains(1, 1, 0, 0, 0, 0))
        .body("stages.advanced", contains(1, 0, 0, 0, 0, 0));
    get("drop-off", source, owner)
        .body("stages.stage", contains("REFLECTION"))
        .body("stages[0].reasons.reason", contains("timing"));
    get("channels", source, owner).body("rows", hasSize(1)).body("rows[0].touchpoints", equalTo(1));
    // one day in DISCOVERY, two in REFLECTION, for all personas and for the lead's persona
    get("time-in-stage", source, owner)
        .body("stages", hasSize(4))
        .body("stages.stage", contains("DISCOVERY", "DISCOVERY", "REFLECTION", "REFLECTION"))
        .body("stages.leads", contains(1, 1, 1, 1))
        .body("stages.medianSeconds", contains(88752, 88752, 177505, 177505));
    // the same through the rollups: the source alone
    get("funnel", source, null).body("stages.reached", contains(3, 2, 0, 0, 0, 0));
  }

  private static ValidatableResponse get(String report, String source, UUID owner) {
    var request =
        given()
            .queryParam("source", source)
            .queryParam("from", "2024-03-01")
            .queryParam("to", "2024-03-31");
    if (owner != null) {
      request.queryParam("ownerId", owner);
    }
    return request.when().get("/api/analytics/" + report).then().statusCode(200);
  }
}
