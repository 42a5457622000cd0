package io.parcours.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * A 100,000-row file with one bad row in a hundred: the bad rows are reported, the rest stored with
 * their history. The import's rows/s is logged beside a COPY of the same file into a table like
 * lead, the physical limit of loading it.
 */
@QuarkusTest
class LargeImportTest {

  private static final int ROWS = 100_000;
  private static final int BAD_EVERY = 100;
  private static final String COLUMNS =
      "id,email,first_name,last_name,company,locale,stage,stage_entered_at,source_channel,"
          + "created_at,updated_at";

  @Inject AgroalDataSource dataSource;

  @Test
  void shouldStoreTheGoodRowsOfALargeFileAndReportEachBadOne() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    byte[] csv = file(run);

    long began = System.nanoTime();
    JsonPath done = Imports.finished(Imports.upload(csv).path("id"), Duration.ofMinutes(10));
    double importSeconds = (System.nanoTime() - began) / 1e9;

    int bad = ROWS / BAD_EVERY;
    assertEquals("COMPLETED", done.getString("status"), done.getString("error"));
    assertEquals(ROWS, done.getInt("totalRows"));
    assertEquals(bad, done.getInt("rejected"));
    assertEquals(ROWS - bad, done.getInt("created"));
    assertEquals(ROWS - bad, count("select count(*) from lead where email like ?", run));
    assertEquals(
        ROWS - bad,
        count(
            "select count(*) from stage_transition t join lead l on l.id = t.lead_id"
                + " where l.email like ?",
            run));
    List<Integer> firstErrors =
        given()
            .queryParam("limit", 3)
            .when()
            .get("/api/imports/" + done.getString("id") + "/errors")
            .then()
            .statusCode(200)
            .extract()
            .path("items.row");
    assertEquals(List.of(BAD_EVERY, 2 * BAD_EVERY, 3 * BAD_EVERY), firstErrors);

    double copySeconds = copySeconds(csv);
    Log.infof(
        "Import of %d rows, upload to completion: %.0f rows/s; COPY of the same file into a table like lead: %.0f rows/s;"
            + " ratio %.2f",
        ROWS, ROWS / importSeconds, ROWS / copySeconds, copySeconds / importSeconds);
  }

  /** Rows in the export's shape; every hundredth has an address that is not one. */
  private static byte[] file(String run) {
    StringBuilder csv = new StringBuilder(ROWS * 160).append(COLUMNS).append('\n');
    String[] stages = {"DISCOVERY", "REFLECTION", "DECISION", "CUSTOMER"};
    for (int i = 1; i <= ROWS; i++) {
      String email =
          i % BAD_EVERY == 0 ? "not-an-email-" + i : "big-" + run + "-" + i + "@example.com";
      csv.append(String.format("%08x-0000-4000-8000-%012d,", i, i))
          .append(email)
          .append(",First")
          .append(i)
          .append(",Last")
          .append(i)
          .append(",Company ")
          .append(i % 997)
          .append(",fr,")
          .append(stages[i % 4])
          .append(",2025-06-01T00:00:00Z,WEB,2025-06-01T00:00:00Z,2025-06-01T00:00:00Z\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Seconds for a JDBC COPY of the file into a scratch table with lead's defaults and indexes. */
  private double copySeconds(byte[] csv) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("create temp table lead_copy (like lead including defaults including indexes)");
      }
      long began = System.nanoTime();
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy lead_copy (" + COLUMNS + ") from stdin with (format csv, header true)",
              new ByteArrayInputStream(csv));
      double seconds = (System.nanoTime() - began) / 1e9;
      c.rollback();
      return seconds;
    }
  }

  private long count(String sql, String run) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, "big-" + run + "-%");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
