package io.parcours.imports;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {

  @Test
  void shouldStoreValidRowsAndReportEachBadOne() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String existing = "known-" + run + "@example.com";
    String existingId = createLeadId(Map.of("email", existing, "firstName", "Old", "locale", "fr"));
    String csv =
        "email,firstName,company,stage,deal_value,tags,owner_id\n"
            + "new-"
            + run
            + "@example.com,Ada,Engines,REFLECTION,1200.50,vip|fr,\n"
            + existing.toUpperCase()
            + ",Grace,,,,,\n"
            + "not-an-email,Bad,,,,,\n"
            + "stage-"
            + run
            + "@example.com,,,SOMEWHERE,,,\n"
            + "New-"
            + run
            + "@example.com,Twice,,,,,\n"
            + "money-"
            + run
            + "@example.com,,,,12.345,,\n"
            + "owner-"
            + run
            + "@example.com,,,,,,"
            + UUID.randomUUID()
            + "\n";

    var upload = Imports.upload(csv);
    assertEquals(202, upload.statusCode());
    assertTrue(upload.header("Location").endsWith("/api/imports/" + upload.path("id")));
    JsonPath done = Imports.finished(upload.path("id"));

    assertEquals("COMPLETED", done.getString("status"));
    assertEquals(7, done.getInt("totalRows"));
    assertEquals(1, done.getInt("created"));
    assertEquals(1, done.getInt("updated"));
    assertEquals(5, done.getInt("rejected"));
    given()
        .when()
        .get("/api/imports/" + upload.path("id") + "/errors")
        .then()
        .statusCode(200)
        .body("items.row", equalTo(List.of(3, 4, 5, 6, 7)))
        .body("items[0].message", containsString("email"))
        .body("items[1].message", containsString("stage: must be one of"))
        .body("items[2].message", equalTo("email: repeats row 1"))
        .body("items[3].message", containsString("deal_value"))
        .body("items[4].message", equalTo("owner_id: no user has this id"));
    given()
        .when()
        .get("/api/leads/" + existingId)
        .then()
        .body("firstName", equalTo("Grace"))
        .body("locale", equalTo("fr"))
        .body("version", equalTo(1));
    String createdId =
        given()
            .queryParam("q", "new-" + run)
            .when()
            .get("/api/leads")
            .then()
            .body("items[0].company", equalTo("Engines"))
            .body("items[0].stage", equalTo("REFLECTION"))
            .body("items[0].dealValue", equalTo(1200.5f))
            .body("items[0].tags", equalTo(List.of("vip", "fr")))
            .extract()
            .path("items[0].id");
    given()
        .when()
        .get("/api/leads/" + createdId + "/history")
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("ENTRY"))
        .body("items[0].cause.type", equalTo("SYSTEM"))
        .body("items[0].cause.id", equalTo(upload.path("id").toString()));
  }

  @Test
  void shouldAnswerTheFirstImportWhenTheSameFileComesAgain() throws Exception {
    String csv = "email\nagain-" + UUID.randomUUID() + "@example.com\n";
    String first = Imports.upload(csv).path("id");
    Imports.finished(first);

    var again = Imports.upload(csv);

    assertEquals(200, again.statusCode());
    assertEquals(first, again.path("id"));
    assertEquals(1, Imports.finished(first).getInt("created"));
  }

  @Test
  void shouldLeaveUnchangedLeadsAlone() throws Exception {
    String email = "same-" + UUID.randomUUID() + "@example.com";
    String id = createLeadId(Map.of("email", email, "company", "Same"));

    JsonPath done =
        Imports.finished(Imports.upload("email,company\n" + email + ",Same\n").path("id"));

    assertEquals(1, done.getInt("unchanged"));
    assertEquals(0, done.getInt("updated"));
    given().when().get("/api/leads/" + id).then().body("version", equalTo(0));
  }

  @Test
  void shouldRefuseAFileWithUnknownColumns() {
    var refused = Imports.upload("email,shoe_size\nx@example.com,42\n");

    assertEquals(400, refused.statusCode());
    assertEquals("Unknown column 'shoe_size'", refused.path("detail"));
  }

  @Test
  void shouldFailAFileThatIsNotCsvAndStoreNothing() throws Exception {
    String email = "broken-" + UUID.randomUUID() + "@example.com";
    String csv = "email,first_name\n" + email + ",Fine\nother@example.com,\"unterminated\n";

    JsonPath done = Imports.finished(Imports.upload(csv).path("id"));

    assertEquals("FAILED", done.getString("status"));
    assertTrue(done.getString("error").contains("CSV"), done.getString("error"));
    given().queryParam("q", email).when().get("/api/leads").then().body("items.size()", equalTo(0));
  }
}
