package io.parcours.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.settings.SettingsFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StalledLeadsTest {

  private static final long DAY = 86400;

  @Inject History history;

  /** Leads of a persona whose finished stays make a p90 of a day, and which of them stalled. */
  private record World(UUID persona, Instant early, UUID forgotten, UUID touchedEarly) {}

  private World world() {
    String source = "src-" + UUID.randomUUID();
    UUID persona = history.persona();
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    // finished stays of this persona: nine of a day, one of ten days; p90 = a day (88,752 s)
    for (int i = 0; i < 10; i++) {
      Instant entered = now.minusSeconds(20 * DAY);
      UUID done = history.lead(source, persona, null, entered);
      history.move(
          done, "DISCOVERY", "REFLECTION", "ADVANCE", entered.plusSeconds((i < 9 ? 1 : 10) * DAY));
      // followed up since: not stalled in REFLECTION, whatever other tests' stays make its p90
      history.touch(done, "PHONE", "REFLECTION", now.minusSeconds(60));
    }
    UUID forgotten = history.lead(source, persona, null, now.minusSeconds(5 * DAY));
    UUID followed = history.lead(source, persona, null, now.minusSeconds(3 * DAY));
    history.touch(followed, "PHONE", "DISCOVERY", now.minusSeconds(DAY));
    UUID touchedEarly = history.lead(source, persona, null, now.minusSeconds(4 * DAY));
    Instant early = now.minusSeconds(4 * DAY - 3600);
    history.touch(touchedEarly, "EMAIL", "DISCOVERY", early);
    history.lead(source, persona, null, now.minusSeconds(DAY / 2));
    return new World(persona, early, forgotten, touchedEarly);
  }

  /** The stalled-after setting raises the norm where the p90 is shorter, and only there. */
  @Test
  void shouldNotCallALeadStalledBeforeTheStalledAfterSetting() {
    World w = world();
    try {
      SettingsFixtures.store(java.util.Map.of("stalledAfterDays", 2));
      given()
          .queryParam("personaId", w.persona())
          .when()
          .get("/api/analytics/stalled")
          .then()
          .body("leads.leadId", contains(w.forgotten().toString(), w.touchedEarly().toString()))
          .body("leads.p90Seconds", contains(2 * 86400, 2 * 86400));
      SettingsFixtures.store(java.util.Map.of("stalledAfterDays", 30));
      given()
          .queryParam("personaId", w.persona())
          .when()
          .get("/api/analytics/stalled")
          .then()
          .body("leads", org.hamcrest.Matchers.empty());
    } finally {
      SettingsFixtures.reset();
    }
  }

  @Test
  void shouldListLeadsBeyondTheirP90WithoutATouchpointSince() {
    World w = world();
    UUID persona = w.persona();
    UUID forgotten = w.forgotten();
    UUID touchedEarly = w.touchedEarly();
    Instant early = w.early();

    given()
        .queryParam("personaId", persona)
        .when()
        .get("/api/analytics/stalled")
        .then()
        .statusCode(200)
        .body("leads.leadId", contains(forgotten.toString(), touchedEarly.toString()))
        .body("leads.stage", contains("DISCOVERY", "DISCOVERY"))
        .body("leads.p90Seconds", contains(88752, 88752))
        .body("leads[0].personaId", equalTo(persona.toString()))
        .body("leads[0].lastTouchpointAt", nullValue())
        .body("leads[1].lastTouchpointAt", equalTo(early.toString()))
        .body(
            "leads[0].inStageSeconds",
            allOf(greaterThan(5 * 86400 - 120), lessThan(5 * 86400 + 120)));
    given()
        .queryParam("personaId", persona)
        .queryParam("limit", 1)
        .when()
        .get("/api/analytics/stalled")
        .then()
        .statusCode(200)
        .body("leads.leadId", contains(forgotten.toString()));
  }

  @Test
  void shouldMarkOnTheBoardExactlyTheLeadsTheReportListsAsStalled() {
    World w = world();

    List<String> listed =
        given()
            .queryParam("personaId", w.persona())
            .when()
            .get("/api/analytics/stalled")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("leads.leadId", String.class);
    JsonPath board =
        given()
            .queryParam("personaId", w.persona())
            .when()
            .get("/api/board")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertEquals(Set.of(w.forgotten().toString(), w.touchedEarly().toString()), Set.copyOf(listed));
    assertEquals(14, board.getList("columns.cards.flatten()").size());
    assertEquals(
        Set.copyOf(listed),
        Set.copyOf(
            board.getList("columns.cards.flatten().findAll { it.stalled }.id", String.class)));
  }
}
