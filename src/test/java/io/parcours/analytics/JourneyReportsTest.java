package io.parcours.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Funnel, drop-off, time in stage and channels on small histories with answers worked by hand. */
@QuarkusTest
class JourneyReportsTest {

  @Inject History history;

  private static Instant at(String dateTime) {
    return Instant.parse(dateTime + (dateTime.length() == 10 ? "T12:00:00Z" : "Z"));
  }

  private static String source() {
    return "src-" + UUID.randomUUID();
  }

  @Test
  void shouldCountEachLeadOnceAtItsFirstEntryIntoAStage() {
    String source = source();
    UUID a = history.lead(source, at("2024-03-01"));
    history.move(a, "DISCOVERY", "REFLECTION", "ADVANCE", at("2024-03-02"));
    history.move(a, "REFLECTION", "DECISION", "ADVANCE", at("2024-03-05"));
    history.move(a, "DECISION", "CUSTOMER", "ADVANCE", at("2024-03-10"));
    UUID b = history.lead(source, at("2024-03-01"));
    history.move(b, "DISCOVERY", "REFLECTION", "ADVANCE", at("2024-03-03"));
    history.move(b, "REFLECTION", "LOST", "LOSS", at("2024-03-20"), "price");
    history.move(b, "LOST", "DISCOVERY", "REENGAGEMENT", at("2024-03-25"));
    history.move(b, "DISCOVERY", "REFLECTION", "ADVANCE", at("2024-03-26"));
    history.lead(source, at("2024-03-02"));
    UUID d = history.lead(source, at("2024-02-20"));
    history.move(d, "DISCOVERY", "DECISION", "ADVANCE", at("2024-03-04"));

    // March, by first entry: DISCOVERY a, b, c (d entered in February); b's second REFLECTION
    // does not count again, and b never advanced from REFLECTION
    funnel(source, "2024-03-01", "2024-03-31", false)
        .body("cohort", equalTo(false))
        .body(
            "stages.stage",
            contains("DISCOVERY", "REFLECTION", "DECISION", "CUSTOMER", "LOYAL", "ADVOCATE"))
        .body("stages.reached", contains(3, 2, 2, 1, 0, 0))
        .body("stages.advanced", contains(2, 1, 1, 0, 0, 0))
        .body("stages.conversion", contains(0.6667f, 0.5f, 0.5f, 0.0f, null, null));
    // d entered DISCOVERY in February and moved on in March
    funnel(source, "2024-02-01", "2024-02-29", false)
        .body("stages[0].reached", equalTo(1))
        .body("stages[0].advanced", equalTo(1))
        .body("stages[2].reached", equalTo(0));
    // the cohort of March: a, b and c, whenever they reached each stage
    funnel(source, "2024-03-01", "2024-03-31", true)
        .body("stages.reached", contains(3, 2, 1, 1, 0, 0))
        .body("stages.advanced", contains(2, 1, 1, 0, 0, 0));
  }

  @Test
  void shouldListLossesPerStageWithTheirReasons() {
    String source = source();
    UUID a = history.lead(source, at("2024-03-01"));
    history.move(a, "DISCOVERY", "LOST", "LOSS", at("2024-03-05"), "No budget");
    UUID b = history.lead(source, at("2024-03-01"));
    history.move(b, "DISCOVERY", "LOST", "LOSS", at("2024-03-06"), " Price ");
    UUID c = history.lead(source, at("2024-03-01"));
    history.move(c, "DISCOVERY", "REFLECTION", "ADVANCE", at("2024-03-02"));
    history.move(c, "REFLECTION", "LOST", "LOSS", at("2024-03-07"), "price");
    UUID d = history.lead(source, at("2024-03-01"));
    history.move(d, "DISCOVERY", "LOST", "LOSS", at("2024-03-08"), "price");
    history.move(d, "LOST", "DISCOVERY", "REENGAGEMENT", at("2024-03-09"));
    history.move(d, "DISCOVERY", "LOST", "LOSS", at("2024-04-02"), "price");

    given()
        .queryParam("source", source)
        .queryParam("from", "2024-03-01")
        .queryParam("to", "2024-03-31")
        .when()
        .get("/api/analytics/drop-off")
        .then()
        .statusCode(200)
        .body("stages.stage", contains("DISCOVERY", "REFLECTION"))
        .body("stages[0].lost", equalTo(3))
        .body("stages[0].reasons.reason", contains("price", "no budget"))
        .body("stages[0].reasons.count", contains(2, 1))
        .body("stages[1].lost", equalTo(1))
        .body("stages[1].reasons[0].reason", equalTo("price"));
  }

  @Test
  void shouldGiveMedianAndP90PerStageForAllPersonasAndEach() {
    String source = source();
    UUID p1 = history.persona();
    UUID p2 = history.persona();
    Instant start = at("2024-03-01T00:00:00");
    long[] days = {1, 2, 7};
    for (long n : days) {
      UUID lead = history.lead(source, p1, null, start);
      history.move(lead, "DISCOVERY", "REFLECTION", "ADVANCE", start.plusSeconds(n * 86400));
    }
    UUID quick = history.lead(source, p2, null, start);
    history.move(quick, "DISCOVERY", "REFLECTION", "ADVANCE", start.plusSeconds(3600));
    UUID open = history.lead(source, p2, null, start);
    history.move(open, "DISCOVERY", "REFLECTION", "ADVANCE", start.plusSeconds(86400));
    // still in REFLECTION: not a finished stay; a stay ending in April is outside the period
    UUID late = history.lead(source, p1, null, at("2024-03-30"));
    history.move(late, "DISCOVERY", "REFLECTION", "ADVANCE", at("2024-04-02"));

    // one hour, one day (twice), two days, a week; each read as the middle of its bucket:
    // 3,597 s, 88,752 s, 177,505 s and 597,053 s, within 4.5 % of the true values
    var body =
        given()
            .queryParam("source", source)
            .queryParam("from", "2024-03-01")
            .queryParam("to", "2024-03-31")
            .when()
            .get("/api/analytics/time-in-stage")
            .then()
            .statusCode(200)
            .body("stages", hasSize(3))
            .body("stages[0].stage", equalTo("DISCOVERY"))
            .body("stages[0].personaId", nullValue())
            .body("stages[0].leads", equalTo(5))
            .body("stages[0].medianSeconds", equalTo(88752))
            .body("stages[0].p90Seconds", equalTo(597053))
            .extract()
            .jsonPath();
    String byP1 = "stages.find { it.personaId == '" + p1 + "' }";
    String byP2 = "stages.find { it.personaId == '" + p2 + "' }";
    org.junit.jupiter.api.Assertions.assertEquals(3, body.getInt(byP1 + ".leads"));
    org.junit.jupiter.api.Assertions.assertEquals(177505, body.getLong(byP1 + ".medianSeconds"));
    org.junit.jupiter.api.Assertions.assertEquals(597053, body.getLong(byP1 + ".p90Seconds"));
    org.junit.jupiter.api.Assertions.assertEquals(2, body.getInt(byP2 + ".leads"));
    org.junit.jupiter.api.Assertions.assertEquals(3597, body.getLong(byP2 + ".medianSeconds"));
    org.junit.jupiter.api.Assertions.assertEquals(88752, body.getLong(byP2 + ".p90Seconds"));
  }

  @Test
  void shouldReadWholeMonthsAndSingleDaysAlike() {
    String source = source();
    Instant start = at("2024-01-31T00:00:00");
    for (int i = 0; i < 4; i++) {
      UUID lead = history.lead(source, start.plusSeconds(i * 30L * 86400));
      history.move(
          lead, "DISCOVERY", "REFLECTION", "ADVANCE", start.plusSeconds(i * 30L * 86400 + 86400));
    }
    // stays end on Feb 1, Mar 2, Apr 1 and May 1: Feb 1 to May 1 spans whole and partial months
    stays(source, "2024-02-01", "2024-05-01").body("stages[0].leads", equalTo(4));
    stays(source, "2024-02-02", "2024-04-30").body("stages[0].leads", equalTo(2));
    stays(source, "2024-03-02", "2024-03-02").body("stages[0].leads", equalTo(1));
    stays(source, "2024-03-03", "2024-03-31").body("stages", hasSize(0));
  }

  @Test
  void shouldCountTouchpointsByChannelAndStage() {
    String source = source();
    UUID lead = history.lead(source, at("2024-03-01"));
    history.touch(lead, "WEB", "DISCOVERY", at("2024-03-01"));
    history.touch(lead, "WEB", "DISCOVERY", at("2024-03-02"));
    history.touch(lead, "EMAIL", "DISCOVERY", at("2024-03-02"));
    history.move(lead, "DISCOVERY", "REFLECTION", "ADVANCE", at("2024-03-03"));
    history.touch(lead, "EMAIL", "REFLECTION", at("2024-03-04"));
    history.touch(lead, "WEB", "REFLECTION", at("2024-04-01"));

    given()
        .queryParam("source", source)
        .queryParam("from", "2024-03-01")
        .queryParam("to", "2024-03-31")
        .when()
        .get("/api/analytics/channels")
        .then()
        .statusCode(200)
        .body("rows.channel", contains("WEB", "EMAIL", "EMAIL"))
        .body("rows.stage", contains("DISCOVERY", "DISCOVERY", "REFLECTION"))
        .body("rows.touchpoints", contains(2, 1, 1));
  }

  @Test
  void shouldRefuseAPeriodThatEndsBeforeItStarts() {
    given()
        .queryParam("from", "2024-03-02")
        .queryParam("to", "2024-03-01")
        .when()
        .get("/api/analytics/funnel")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("'from' must not be after 'to'"))
        .body("parameter", equalTo("from"));
    given()
        .queryParam("from", "March")
        .when()
        .get("/api/analytics/channels")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("from"));
  }

  private static io.restassured.response.ValidatableResponse funnel(
      String source, String from, String to, boolean cohort) {
    return given()
        .queryParam("source", source)
        .queryParam("from", from)
        .queryParam("to", to)
        .queryParam("cohort", cohort)
        .when()
        .get("/api/analytics/funnel")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse stays(
      String source, String from, String to) {
    return given()
        .queryParam("source", source)
        .queryParam("from", from)
        .queryParam("to", to)
        .when()
        .get("/api/analytics/time-in-stage")
        .then()
        .statusCode(200);
  }
}
