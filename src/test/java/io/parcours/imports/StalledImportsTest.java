package io.parcours.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An import left RUNNING by a stopped instance is failed; one still running is left alone. */
@QuarkusTest
class StalledImportsTest {

  @Inject AgroalDataSource dataSource;
  @Inject StalledImports stalled;

  @Test
  void shouldFailAnImportWhoseInstanceStoppedAndKeepOneStillRunning() throws Exception {
    UUID orphan = running();
    UUID alive = running();
    try (Connection holder = dataSource.getConnection()) {
      // what LeadImportJob holds while it runs, here on a session of its own
      try (PreparedStatement s =
          holder.prepareStatement(
              "select pg_advisory_lock(" + LeadImportJob.LOCK_KEY.formatted("?") + ")")) {
        s.setObject(1, alive);
        s.execute();
      }

      stalled.fail();

      given()
          .when()
          .get("/api/imports/" + orphan)
          .then()
          .statusCode(200)
          .body("status", equalTo("FAILED"))
          .body("error", equalTo(StalledImports.STOPPED))
          .body("finishedAt", notNullValue());
      given()
          .when()
          .get("/api/imports/" + alive)
          .then()
          .statusCode(200)
          .body("status", equalTo("RUNNING"))
          .body("phase", equalTo("WRITING"));
    }
  }

  /** An import as a stopped instance leaves it: RUNNING, in the middle of its writing. */
  private UUID running() throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into lead_import (id, status, phase, file_sha256, actor_type, created_at,"
                    + " started_at) values (?, 'RUNNING', 'WRITING', ?, 'USER', now(), now())")) {
      s.setObject(1, id);
      s.setString(2, id.toString());
      s.executeUpdate();
    }
    return id;
  }
}
