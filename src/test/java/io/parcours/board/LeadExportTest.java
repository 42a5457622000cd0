package io.parcours.board;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadExportTest {

  @Test
  void shouldExportTheSearchedLeadsWithFormulasDefused() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String id =
        createLeadId(
            Map.of(
                "email",
                "export-" + run + "@example.com",
                "firstName",
                "=HYPERLINK(\"http://evil\")",
                "company",
                " +cmd",
                "tags",
                List.of("a", "b")));
    createLeadId(Map.of("email", "export-" + run + "-2@example.com", "stage", "DECISION"));

    String csv =
        given()
            .queryParam("q", "export-" + run)
            .queryParam("stage", "DISCOVERY")
            .when()
            .get("/api/exports/leads.csv")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();

    List<String> lines = csv.lines().toList();
    assertEquals(LeadExportResource.HEADER, lines.get(0));
    assertEquals(2, lines.size(), csv);
    String row = lines.get(1);
    assertTrue(row.startsWith(id + ",export-" + run + "@example.com,"), row);
    assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",,' +cmd,"), row);
    assertTrue(row.contains(",DISCOVERY,"), row);
    assertTrue(row.contains(",a|b,"), row);
  }

  @Test
  void shouldExportOnlyTheLeadsASalespersonMaySee() {
    TestAuth.Session mine = user("SALES");
    TestAuth.Session theirs = user("SALES");
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (TestAuth.Session s : List.of(mine, theirs)) {
      as(s)
          .contentType(ContentType.JSON)
          .body(Map.of("email", "owned-" + run + "-" + s.userId() + "@example.com"))
          .when()
          .post("/api/leads")
          .then()
          .statusCode(201);
    }

    String csv =
        as(mine)
            .queryParam("q", "owned-" + run)
            .when()
            .get("/api/exports/leads.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertTrue(csv.contains(mine.userId()), csv);
    assertTrue(!csv.contains(theirs.userId()), csv);
  }
}
