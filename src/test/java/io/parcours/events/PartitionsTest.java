package io.parcours.events;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.common.Cursor;
import io.parcours.touchpoint.TouchpointPartitions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Touchpoints and events live in monthly partitions; expired event months are dropped. */
@QuarkusTest
class PartitionsTest {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy_MM");

  @Inject TouchpointPartitions touchpointPartitions;
  @Inject EventRetention retention;
  @Inject EntityManager em;

  @Test
  void shouldFileTouchpointsOfThreeMonthsInTheirPartitions() {
    String leadId = createLeadId(Map.of());
    Instant now = Instant.now().minusSeconds(60);
    LocalDate monthStart = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
    // Two years back has no partition yet: it waits in DEFAULT until the job gives it its month.
    List<Instant> times =
        List.of(
            now.minus(Duration.ofDays(2 * 366)),
            monthStart.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant(),
            now);
    for (Instant at : times) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("channel", "WEB", "type", "PAGE_VIEW", "occurredAt", at.toString()))
          .when()
          .post("/api/leads/" + leadId + "/touchpoints")
          .then()
          .statusCode(201);
    }
    List<String> months = times.stream().map(at -> partition("touchpoint", at)).toList();
    assertEquals(List.of("touchpoint_default", months.get(1), months.get(2)), partitionsOf(leadId));

    touchpointPartitions.maintain();

    assertEquals(months, partitionsOf(leadId));
  }

  @Test
  void shouldDropAnExpiredEventMonthAndRefuseACursorBeforeIt() {
    LocalDate old = LocalDate.now(ZoneOffset.UTC).minusDays(200);
    String marker = UUID.randomUUID().toString();
    // Transaction ids 2 and 3 come before anything other tests read, so the horizon this leaves
    // behind never invalidates their cursors.
    List<Long> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    List.of(2L, 3L).stream()
                        .map(
                            txid ->
                                ((Number)
                                        em.createNativeQuery(
                                                "insert into domain_event (txid, type, occurred_at,"
                                                    + " payload) values (cast(cast(?1 as text) as"
                                                    + " xid8), 'test.expired', ?2, cast(?3 as jsonb))"
                                                    + " returning id")
                                            .setParameter(1, txid)
                                            .setParameter(
                                                2, old.atStartOfDay().atOffset(ZoneOffset.UTC))
                                            .setParameter(3, "{\"marker\":\"" + marker + "\"}")
                                            .getSingleResult())
                                    .longValue())
                        .toList());
    String expired = partition("domain_event", old.atStartOfDay(ZoneOffset.UTC).toInstant());
    String cursorInside = new Cursor("2", Long.toString(ids.get(0))).encode();

    List<String> dropped = QuarkusTransaction.requiringNew().call(retention::maintain);

    assertTrue(dropped.contains(expired), dropped.toString());
    assertNull(
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery("select cast(to_regclass(?1) as text)")
                        .setParameter(1, expired)
                        .getSingleResult()));
    assertFalse(dropped.contains(partition("domain_event", Instant.now())));
    given()
        .queryParam("after", cursorInside)
        .when()
        .get("/api/events")
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("status", equalTo(410))
        .body("detail", containsString("retention window of 90 days"))
        .body("retentionDays", equalTo(90));
    String cursorAtHorizon = new Cursor("3", Long.toString(ids.get(1))).encode();
    given().queryParam("after", cursorAtHorizon).when().get("/api/events").then().statusCode(200);
  }

  private List<String> partitionsOf(String leadId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em
                    .createNativeQuery(
                        "select tableoid::regclass::text from touchpoint where lead_id = cast(?1 as"
                            + " uuid) order by occurred_at",
                        String.class)
                    .setParameter(1, leadId)
                    .getResultList()
                    .stream()
                    .map(String.class::cast)
                    .toList());
  }

  private static String partition(String table, Instant at) {
    return table + "_" + at.atZone(ZoneOffset.UTC).format(MONTH);
  }
}
