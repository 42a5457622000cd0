package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.parcours.support.CleanSchema;
import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SQL metacharacters in every query parameter of every reading operation (filters, sort, cursor):
 * answered 200 or a 400 problem, never widening a filter, and not one row of the database changed.
 */
@QuarkusTest
@TestProfile(CleanSchema.class)
class InjectionTest {

  static final List<String> SQL =
      List.of(
          "' OR '1'='1",
          "' OR 1=1 --",
          "'; DROP TABLE lead; --",
          "'; UPDATE lead SET score = 999; --",
          "1; DELETE FROM persona",
          "\" OR \"\"=\"",
          "1) OR (1=1",
          "createdAt; DROP TABLE lead",
          "-createdAt,(select 1)",
          "email desc, (select pg_sleep(5))",
          "%' --",
          "%",
          "_",
          "\\",
          "$$ OR $$1$$=$$1",
          "' UNION SELECT * FROM app_user --",
          "\u0000");

  /**
   * Tables that change without a request: credentials used and webhook deliveries attempted. The
   * analytics rollups, whose deltas are folded in the background, are left out by their prefix.
   */
  private static final List<String> BOOKKEEPING =
      List.of("api_key", "user_session", "webhook_delivery", "webhook_attempt");

  @Inject AgroalDataSource db;

  @Test
  void shouldNeitherChangeDataNorWidenResultsWhateverTheParameters() throws SQLException {
    ApiDocument api = ApiDocument.served();
    Map<String, String> ids = ApiFixtures.create();
    String marker = "marker-" + UUID.randomUUID();
    createLeadId(Map.of("tags", List.of(marker), "source", Map.of("campaign", marker)));
    Map<String, String> before = checksums();

    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (ApiDocument.Operation op : api.operations()) {
      if (!op.method().equals("get") || op.parameters("query").isEmpty()) {
        continue;
      }
      TestAuth.Session admin = TestAuth.admin();
      FuzzRequest base = FuzzRequest.valid(op, new Generator(3L, api, ids), ids);
      for (JsonNode p : op.parameters("query")) {
        for (String payload : SQL) {
          Response r = base.withQuery(p.get("name").asText(), payload).send(as(admin));
          sent++;
          String type = String.valueOf(r.contentType());
          // refused (400), or a resource the fixtures do not hold (404): nothing read, nothing
          // changed
          if ((r.statusCode() == 400 || r.statusCode() == 404)
              && type.startsWith("application/problem+json")) {
            continue;
          }
          if (r.statusCode() != 200) {
            wrong.add(op + " ?" + p.get("name").asText() + "=" + payload + ": " + r.statusCode());
          } else if (r.asString().contains(marker)) {
            wrong.add(op + " ?" + p.get("name").asText() + "=" + payload + " widened the filter");
          }
        }
      }
    }
    assertEquals(List.of(), wrong, sent + " requests sent");
    assertEquals(before, checksums(), "the data changed");
  }

  /** A digest of each table's rows, but for bookkeeping tables. */
  private Map<String, String> checksums() throws SQLException {
    Map<String, String> sums = new TreeMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select table_name from information_schema.tables where table_schema ="
                  + " current_schema() and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        if (BOOKKEEPING.contains(table) || table.startsWith("analytics_")) {
          continue;
        }
        try (ResultSet rs =
            s.executeQuery(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
                    + " t::text)), '') from \""
                    + table
                    + "\" t")) {
          rs.next();
          sums.put(table, rs.getString(1));
        }
      }
    }
    return sums;
  }
}
