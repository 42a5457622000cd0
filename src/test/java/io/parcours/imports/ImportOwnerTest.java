package io.parcours.imports;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Fixtures;
import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An import gives leads to owners exactly as a PATCH would, and only to active users. */
@QuarkusTest
class ImportOwnerTest {

  private static final String NOT_ALLOWED =
      "owner_id: only an admin or the lead's owner can give the lead to someone else";

  @Test
  void shouldRefuseToMarketingTheOwnerChangesAPatchRefuses() throws Exception {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String alicesEmail = uniqueEmail();
    String alices = create(alice, alicesEmail);
    String fresh = uniqueEmail();
    String kept = uniqueEmail();
    String keptId = create(alice, kept);
    String csv =
        "email,owner_id,company\n"
            + alicesEmail
            + ","
            + bob.userId()
            + ",\n"
            + fresh
            + ","
            + bob.userId()
            + ",\n"
            + kept
            + ","
            + alice.userId()
            + ",Kept\n";

    String id =
        as(user("MARKETING"))
            .contentType("text/csv")
            .body(csv)
            .when()
            .post("/api/imports/leads")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    JsonPath done = Imports.finished(id);

    assertEquals("COMPLETED", done.getString("status"));
    assertEquals(2, done.getInt("rejected"));
    assertEquals(1, done.getInt("updated"));
    given()
        .when()
        .get("/api/imports/" + id + "/errors")
        .then()
        .body("items.row", equalTo(List.of(1, 2)))
        .body("items.message", equalTo(List.of(NOT_ALLOWED, NOT_ALLOWED)));
    given().when().get("/api/leads/" + alices).then().body("ownerId", equalTo(alice.userId()));
    given().when().get("/api/leads/" + keptId).then().body("company", equalTo("Kept"));
  }

  @Test
  void shouldRefuseAnInactiveOwnerEvenToAnAdmin() throws Exception {
    TestAuth.Session gone = user("SALES");
    Fixtures.deactivate(gone.userId());
    String email = uniqueEmail();

    JsonPath done =
        Imports.finished(
            Imports.upload("email,owner_id\n" + email + "," + gone.userId() + "\n").path("id"));

    assertEquals(1, done.getInt("rejected"));
    given()
        .when()
        .get("/api/imports/" + done.getString("id") + "/errors")
        .then()
        .body("items[0].message", equalTo("owner_id: no active user has this id"));
    given().queryParam("q", email).when().get("/api/leads").then().body("items.size()", equalTo(0));
  }

  private static String create(TestAuth.Session s, String email) {
    return as(s)
        .contentType(ContentType.JSON)
        .body(Map.of("email", email))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
