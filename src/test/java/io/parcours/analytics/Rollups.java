package io.parcours.analytics;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the analytics rollups as they are, and as recomputing them from the history gives. */
@ApplicationScoped
class Rollups {

  /** Each rollup table, with the condition of its rows that count something. */
  static final Map<String, String> TABLES =
      Map.of(
          "analytics_variant", "received <> 0 or converted <> 0",
          "analytics_content", "assignments <> 0",
          "analytics_funnel", "reached <> 0 or advanced <> 0",
          "analytics_loss", "lost <> 0",
          "analytics_stay", "stays <> 0",
          "analytics_touch", "touchpoints <> 0");

  @Inject EntityManager em;

  /** Folds the pending deltas, then reads every non-zero row of every rollup as text. */
  Map<String, Set<String>> folded() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              em.createNativeQuery("select pg_advisory_xact_lock(7306187205196013)")
                  .getSingleResult();
              em.createNativeQuery("select analytics_fold()").getSingleResult();
              Map<String, Set<String>> rows = new HashMap<>();
              TABLES.forEach(
                  (table, nonZero) -> {
                    @SuppressWarnings("unchecked")
                    List<String> all =
                        em.createNativeQuery("select t::text from " + table + " t where " + nonZero)
                            .getResultList();
                    rows.put(table, new TreeSet<>(all));
                  });
              return rows;
            });
  }

  /** The rollups rebuilt from the history, assignments and touchpoints. */
  Map<String, Set<String>> rebuilt() {
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("select analytics_rebuild()").getSingleResult());
    return folded();
  }

  /** Imports a CSV through the API and waits until the import has completed. */
  static void importCsv(String csv) throws InterruptedException {
    String id =
        given()
            .contentType("text/csv")
            .body(csv)
            .when()
            .post("/api/imports/leads")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    for (int i = 0; i < 600; i++) {
      String status = given().when().get("/api/imports/" + id).then().extract().path("status");
      if ("COMPLETED".equals(status)) {
        return;
      }
      if ("FAILED".equals(status)) {
        throw new AssertionError("import " + id + " failed");
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + id + " did not finish");
  }
}
