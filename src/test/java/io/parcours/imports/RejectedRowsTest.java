package io.parcours.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rows an import rejected, downloaded as CSV to be corrected and uploaded again. */
@QuarkusTest
class RejectedRowsTest {

  @Test
  void shouldDownloadTheRejectedRowsWithTheFilesColumnsAndWhy() {
    String ok = "ok-" + UUID.randomUUID() + "@example.com";
    String bad = "bad-" + UUID.randomUUID() + "@example.com";
    String csv =
        "email,firstName,company,stage\n"
            + ok
            + ",Ada,Acme,DECISION\n"
            + "not-an-email,Bob,\"Smith, Jones\",DECISION\n"
            + bad
            + ",\"=HYPERLINK(\"\"http://evil\"\")\",Acme,NOWHERE\n";
    String id = Imports.upload(csv).path("id");
    assertEquals(2, Imports.finished(id).getInt("rejected"));

    String download =
        given()
            .when()
            .get("/api/imports/" + id + "/rejected.csv")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("rejected-rows.csv"))
            .extract()
            .asString();

    List<String> lines = download.lines().toList();
    assertEquals("email,first_name,company,stage,error", lines.get(0));
    assertEquals(
        "not-an-email,Bob,\"Smith, Jones\",DECISION,email: is not an email address", lines.get(1));
    assertEquals(
        bad
            + ",\"'=HYPERLINK(\"\"http://evil\"\")\",Acme,NOWHERE,"
            + "\"stage: must be one of [DISCOVERY, REFLECTION, DECISION, CUSTOMER, LOYAL, ADVOCATE]\"",
        lines.get(2));
    assertEquals(3, lines.size());
  }

  @Test
  void shouldImportTheCorrectedDownloadAgainIgnoringItsErrorColumn() {
    String fixed = "fixed-" + UUID.randomUUID() + "@example.com";
    String other = "other-" + UUID.randomUUID() + "@example.com";
    String id =
        Imports.upload("email,stage\nnot-an-email,DECISION\n" + other + ",NOWHERE\n").path("id");
    Imports.finished(id);
    String download =
        given().when().get("/api/imports/" + id + "/rejected.csv").then().extract().asString();

    String corrected = download.replace("not-an-email", fixed);
    String again = Imports.upload(corrected).path("id");

    assertEquals(1, Imports.finished(again).getInt("created"));
    given().when().get("/api/leads?q=" + fixed).then().body("items[0].stage", equalTo("DECISION"));
  }

  @Test
  void shouldAnswerAnUnknownImportWithAProblem() {
    given()
        .when()
        .get("/api/imports/" + UUID.randomUUID() + "/rejected.csv")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }
}
