package io.parcours.analytics;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.Fixtures.moveTo;
import static io.parcours.support.Fixtures.user;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After a mixed workload, the rollups equal what recomputing them from the history gives. */
@QuarkusTest
class RollupConsistencyTest {

  @Inject EntityManager em;
  @Inject History history;
  @Inject Rollups rollups;

  @Test
  void shouldStayEqualToTheHistoryAfterAMixedWorkload() throws InterruptedException {
    String source = "mixed-" + UUID.randomUUID();
    String p1 = createPersona("Mixed");
    String p2 = createPersona("Mixed");
    String a = lead(Map.of("personaId", p1));
    String b = lead(Map.of("personaId", p1, "stage", "REFLECTION"));
    String c = lead(Map.of());
    String d = lead(Map.of("personaId", p2));
    moveTo(a, "REFLECTION", null);
    moveTo(a, "LOST", "Price");
    moveTo(a, "DISCOVERY", null);
    moveTo(b, "DECISION", null);
    moveTo(b, "REFLECTION", "needs another look");
    touch(c, "PAGE_VIEW");
    touch(d, "CALL", Map.of("channel", "PHONE"));
    // the rule moves the lead to DECISION between the two items: the second is restaged
    batch(
        List.of(
            Map.of("leadId", c, "channel", "WEB", "type", "DEMO_REQUEST"),
            Map.of("leadId", c, "channel", "EMAIL", "type", "EMAIL_OPEN")));
    // an import counts its new leads' entries in bulk; they then move, and move persona, as others
    String e = "imported-" + UUID.randomUUID() + "@example.com";
    Rollups.importCsv(
        "email,persona_id,source_channel,stage\n"
            + (e + "," + p1 + "," + source + ",REFLECTION\n")
            + ("other-" + e + ",,mixed,\n")
            + ("not-an-email,,mixed,\n"));
    String imported = leadId(e);
    moveTo(imported, "DECISION", null);
    Rollups.importCsv("email,persona_id\n" + e + "," + p2 + "\n");
    patch(a, Map.of("personaId", p2, "source", Map.of("channel", source + "-moved")));
    patch(c, Map.of("ownerId", user("SALES").userId()));
    patch(d, Map.of("personaId", p1));
    given().header("If-Match", etag(d)).when().delete("/api/leads/" + d).then().statusCode(204);
    UUID old =
        history.lead(source, UUID.fromString(p2), null, Instant.parse("2024-01-05T00:00:00Z"));
    history.touch(old, "WEB", "DISCOVERY", Instant.parse("2024-01-06T00:00:00Z"));
    history.move(old, "DISCOVERY", "DECISION", "ADVANCE", Instant.parse("2024-02-01T00:00:00Z"));
    history.run(
        "update touchpoint set lead_stage = 'DECISION', channel = 'STORE' where lead_id = ?1", old);
    history.run(
        "delete from touchpoint where lead_id = ?1 and channel = 'PHONE'", UUID.fromString(d));
    history.run(
        "delete from touchpoint where lead_id = ?1 and type = 'PAGE_VIEW'", UUID.fromString(c));

    Map<String, Set<String>> kept = rollups.folded();
    assertTrue(kept.get("analytics_touch").stream().anyMatch(r -> r.contains(source)));
    Map<String, Set<String>> recomputed = rollups.rebuilt();
    Rollups.TABLES.keySet().forEach(t -> assertEquals(recomputed.get(t), kept.get(t), t));
  }

  private String leadId(String email) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery("select id::text from lead where email = ?1")
                    .setParameter(1, email)
                    .getSingleResult()
                    .toString());
  }

  private String lead(Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("source", Map.of("channel", "mixed"));
    return createLeadId(body);
  }

  private static void patch(String lead, Map<String, Object> fields) {
    given()
        .contentType("application/merge-patch+json")
        .header("If-Match", etag(lead))
        .body(fields)
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(200);
  }

  private static void batch(List<Map<String, Object>> items) {
    given()
        .urlEncodingEnabled(false)
        .contentType(ContentType.JSON)
        .body(Map.of("items", items))
        .when()
        .post("/api/touchpoints:batch")
        .then()
        .statusCode(200);
  }
}
