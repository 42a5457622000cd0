package io.parcours.analytics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Content effectiveness, A/B results and email metrics on small data sets worked by hand. */
@QuarkusTest
class ContentReportsTest {

  private static final long DAY = 86400;

  @Inject History history;

  @Test
  void shouldGiveTheShareOfReceiversThatAdvancedWithinTheWindow() {
    String source = "src-" + UUID.randomUUID();
    Instant march = Instant.parse("2024-03-01T10:00:00Z");
    UUID x = history.item(null, march);
    UUID y = history.item(null, march);
    UUID l1 = history.lead(source, march);
    UUID l2 = history.lead(source, march);
    UUID l3 = history.lead(source, march);
    history.assign(l1, x, march, march.plusSeconds(4 * DAY));
    history.assign(l2, x, march, march.plusSeconds(45 * DAY));
    history.assign(l3, x, march.plusSeconds(DAY), null);
    history.assign(l1, y, march.plusSeconds(2 * DAY), march.plusSeconds(3 * DAY));
    // given in April: outside the period
    history.assign(l2, y, march.plusSeconds(40 * DAY), null);

    content(source, 30)
        .body("withinDays", equalTo(30))
        .body("items.contentId", contains(x.toString(), y.toString()))
        .body("items.received", contains(3, 1))
        .body("items.advanced", contains(1, 1))
        .body("items.rate", contains(0.3333f, 1.0f));
    content(source, 60).body("items.advanced", contains(2, 1));
  }

  @Test
  void shouldCountALeadOncePerItemWhateverTheFilters() {
    String source = "src-" + UUID.randomUUID();
    UUID owner = UUID.randomUUID();
    Instant march = Instant.parse("2024-03-05T10:00:00Z");
    UUID x = history.item(null, march);
    UUID twice = history.lead(source, null, owner, march);
    UUID once = history.lead(source, null, owner, march);
    // received twice in March, advanced 20 days after the second time only
    history.assign(twice, x, march, null);
    history.assign(twice, x, march.plusSeconds(5 * DAY), march.plusSeconds(25 * DAY));
    history.assign(once, x, march, march.plusSeconds(40 * DAY));

    // the counters (one filter) and the assignments (two filters) agree
    for (var request : List.of(given(), given().queryParam("ownerId", owner.toString()))) {
      request
          .queryParam("source", source)
          .queryParam("from", "2024-03-01")
          .queryParam("to", "2024-03-31")
          .queryParam("withinDays", 30)
          .when()
          .get("/api/analytics/content")
          .then()
          .statusCode(200)
          .body("items.contentId", contains(x.toString()))
          .body("items.received", contains(2))
          .body("items.advanced", contains(1));
    }
  }

  @Test
  void shouldCompareTheVariantsOfAGroup() {
    String group = "group-" + UUID.randomUUID();
    Instant start = Instant.parse("2024-03-01T10:00:00Z");
    UUID control = history.item(group, start);
    UUID challenger = history.item(group, start.plusSeconds(60));
    for (int i = 0; i < 10; i++) {
      history.assign(
          history.lead("ab", start), control, start, i < 2 ? start.plusSeconds(DAY) : null);
      history.assign(
          history.lead("ab", start), challenger, start, i < 5 ? start.plusSeconds(DAY) : null);
    }

    var json =
        given()
            .when()
            .get("/api/analytics/ab-tests")
            .then()
            .statusCode(200)
            .body("minimumDetectableEffect", equalTo(0.05f))
            .extract()
            .jsonPath();
    String g = "groups.find { it.group == '" + group + "' }";
    assertEquals(
        List.of(control.toString(), challenger.toString()), json.get(g + ".variants.contentId"));
    assertEquals(List.of(10, 10), json.get(g + ".variants.received"));
    assertEquals(List.of(2, 5), json.get(g + ".variants.converted"));
    assertEquals(control.toString(), json.getString(g + ".control"));
    assertEquals(challenger.toString(), json.getString(g + ".challenger"));
    // 20 % against 50 %: lift 1.5, p = 0.1596 (z = 1.405), Newcombe's interval of the difference
    assertEquals(1.5, json.getDouble(g + ".lift"), 1e-9);
    assertEquals(0.1596, json.getDouble(g + ".pValue"), 1e-4);
    assertEquals(List.of(-0.1067f, 0.5999f), json.getList(g + ".ci95"));
    // from a 20 % baseline, seeing 25 % takes 1,094 leads an arm
    assertEquals(1094, json.getInt(g + ".requiredPerArm"));
    assertEquals(false, json.getBoolean(g + ".enoughData"));
  }

  @Test
  void shouldCountUnsubscribesAndEmailsByStatus() {
    String source = "src-" + UUID.randomUUID();
    Instant march = Instant.parse("2024-03-10T10:00:00Z");
    UUID a = history.lead(source, march);
    UUID b = history.lead(source, march);
    history.lead(source, march);
    history.run(
        "update lead set consent_status = 'UNSUBSCRIBED', consent_at = ?2 where id = ?1",
        a,
        java.time.OffsetDateTime.parse("2024-03-12T08:00:00Z"));
    history.run(
        "update lead set consent_status = 'UNSUBSCRIBED', consent_at = ?2 where id = ?1",
        b,
        java.time.OffsetDateTime.parse("2024-04-12T08:00:00Z"));
    String[] statuses = {"PENDING", "SENDING", "SENT", "SENT", "SENT", "FAILED", "CANCELLED"};
    for (String status : statuses) {
      outboxRow(a, status, "2024-03-11T08:00:00Z");
    }
    outboxRow(b, "SENT", "2024-04-11T08:00:00Z");

    emails(source)
        .body("planned", equalTo(7))
        .body("pending", equalTo(2))
        .body("sent", equalTo(3))
        .body("failed", equalTo(1))
        .body("cancelled", equalTo(1))
        .body("unknown", equalTo(0))
        .body("unsubscribed", equalTo(1));
  }

  /** An outbox row of its own stage change, sending a seeded template. */
  private void outboxRow(UUID lead, String status, String at) {
    history.run(
        "with t as (insert into stage_transition (lead_id, from_stage, to_stage, kind, at,"
            + " actor_type, cause_type) values (?1, 'DISCOVERY', 'CUSTOMER', 'ADVANCE', ?3,"
            + " 'SYSTEM', 'MANUAL') returning id)"
            + " insert into email_outbox (id, lead_id, template_id, transition_id, stage,"
            + " stage_entered_at, marketing, status, due_at, created_at, updated_at)"
            + " select gen_random_uuid(), ?1, (select id from email_template limit 1), t.id,"
            + " 'CUSTOMER', ?3, false, ?2, ?3, ?3, ?3 from t",
        lead,
        status,
        java.time.OffsetDateTime.parse(at));
  }

  private static io.restassured.response.ValidatableResponse emails(String source) {
    return given()
        .queryParam("source", source)
        .queryParam("from", "2024-03-01")
        .queryParam("to", "2024-03-31")
        .when()
        .get("/api/analytics/emails")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse content(String source, int days) {
    return given()
        .queryParam("source", source)
        .queryParam("from", "2024-03-01")
        .queryParam("to", "2024-03-31")
        .queryParam("withinDays", days)
        .when()
        .get("/api/analytics/content")
        .then()
        .statusCode(200);
  }
}
