package io.parcours.analytics;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.moveTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every rollup (the A/B and content counters with the history's) and each lead's last touchpoint
 * stay equal to a recomputation from the history, assignments and touchpoints, after assignments
 * given twice, converted together, imports that move leads, regressions and deletions.
 */
@QuarkusTest
class VariantRollupTest {

  @Inject EntityManager em;
  @Inject History history;
  @Inject Rollups rollups;

  @Test
  void shouldStayEqualToTheAssignmentsAfterAMixedWorkload() throws Exception {
    String group = "rollup-" + UUID.randomUUID();
    Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
    UUID itemA = history.item(group, t0);
    UUID itemB = history.item(group, t0.plusSeconds(60));
    UUID p1 = UUID.fromString(createPersona("Variant"));
    UUID p2 = UUID.fromString(createPersona("Variant"));

    UUID twice = history.lead("variant", p1, null, t0);
    history.assign(twice, itemA, t0, null);
    history.assign(twice, itemA, t0.plusSeconds(3600), null);
    history.assign(twice, itemB, t0.plusSeconds(7200), null);
    // one statement converts both assignments of item A: the lead counts once
    history.run(
        "update content_assignment set converted_at = ?2 where lead_id = ?1",
        twice,
        OffsetDateTime.parse("2025-03-05T00:00:00Z"));
    history.run(
        "update content_assignment set converted_at = null where lead_id = ?1 and content_id = ?2"
            + " and assigned_at = ?3",
        twice,
        itemA,
        OffsetDateTime.parse("2025-03-01T00:00:00Z"));
    UUID moved = history.lead("variant", p1, null, t0);
    history.assign(moved, itemB, t0, t0.plusSeconds(86400));
    history.run("update content_assignment set content_id = ?2 where lead_id = ?1", moved, itemA);
    UUID gone = history.lead("variant", p2, null, t0);
    history.assign(gone, itemA, t0, t0.plusSeconds(60));
    history.run("delete from lead where id = ?1", gone);
    UUID dropped = history.lead("variant", p2, null, t0);
    history.assign(dropped, itemB, t0, null);
    history.assign(dropped, itemB, t0.plusSeconds(60), t0.plusSeconds(120));
    history.run(
        "delete from content_assignment where lead_id = ?1 and converted_at is null", dropped);

    // through the API: automatic assignments, an advance that converts, a regression
    String viaApi = createLeadId(Map.of("personaId", p1.toString()));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", itemA.toString()))
        .when()
        .post("/api/leads/" + viaApi + "/assignments");
    moveTo(viaApi, "REFLECTION", null);
    moveTo(viaApi, "DISCOVERY", "back to basics");
    moveTo(viaApi, "DECISION", null);

    // touchpoints: newer, older, the newest deleted, one moved in time
    UUID touched = history.lead("variant", p1, null, t0);
    history.touch(touched, "WEB", "DISCOVERY", t0.plusSeconds(100));
    history.touch(touched, "WEB", "DISCOVERY", t0.plusSeconds(50));
    history.touch(touched, "EMAIL", "DISCOVERY", t0.plusSeconds(300));
    history.run("delete from touchpoint where lead_id = ?1 and channel = 'EMAIL'", touched);
    history.touch(moved, "WEB", "DISCOVERY", t0.plusSeconds(10));
    history.run(
        "update touchpoint set occurred_at = occurred_at + interval '1 day' where lead_id = ?1",
        moved);

    // an import that moves a lead to another persona and creates one
    String email =
        (String)
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        em.createNativeQuery("select email from lead where id = ?1")
                            .setParameter(1, twice)
                            .getSingleResult());
    String csv =
        "email,persona_id,stage\n"
            + email
            + ","
            + p2
            + ",\n"
            + "imported-"
            + UUID.randomUUID()
            + "@example.com,"
            + p1
            + ",REFLECTION\n";
    Rollups.importCsv(csv);

    Map<String, Set<String>> kept = rollups.folded();
    assertFalse(
        kept.get("analytics_variant").stream().noneMatch(r -> r.contains(itemA.toString())));
    assertFalse(
        kept.get("analytics_content").stream().noneMatch(r -> r.contains(itemA.toString())));
    assertEquals(rollups.rebuilt(), kept);
    assertEquals(
        0L,
        count(
            "select count(*) from lead l where l.last_touchpoint_at is distinct"
                + " from (select max(occurred_at) from touchpoint t where t.lead_id = l.id)"));
  }

  private long count(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }
}
