package io.parcours.lead;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.parcours.support.Fixtures;
import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Owners are active users, whichever way a lead gets one; a taken email names no hidden lead. */
@QuarkusTest
class LeadOwnerTest {

  @Test
  void shouldRefuseAnOwnerWhoIsNoUserInEveryWayOfSettingIt() {
    String nobody = UUID.randomUUID().toString();
    String lead = createLeadId(Map.of());

    refused(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail(), "ownerId", nobody))
            .when()
            .post("/api/leads")
            .then());
    refused(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail(), "ownerId", nobody))
            .when()
            .put("/api/leads/by-email")
            .then());
    refused(
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(Map.of("ownerId", nobody))
            .when()
            .patch("/api/leads/" + lead)
            .then());
    given().when().get("/api/leads/" + lead).then().body("ownerId", equalTo(null));
  }

  @Test
  void shouldRefuseAnInactiveOwnerEvenFromAnAdmin() {
    TestAuth.Session gone = user("SALES");
    Fixtures.deactivate(gone.userId());
    String lead = createLeadId(Map.of());

    refused(
        as(TestAuth.admin())
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(Map.of("ownerId", gone.userId()))
            .when()
            .patch("/api/leads/" + lead)
            .then());
    refused(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail(), "ownerId", gone.userId()))
            .when()
            .post("/api/leads")
            .then());
  }

  @Test
  void shouldNotNameTheLeadOfAnotherSalespersonWhoseEmailAPatchTakes() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String taken = uniqueEmail();
    create(alice, taken);
    String bobs = create(bob, uniqueEmail());

    as(bob)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("email", taken))
        .when()
        .patch("/api/leads/" + bobs)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("A lead with this email already exists"))
        .body("$", not(hasKey("existingId")));
  }

  private static void refused(ValidatableResponse r) {
    r.statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Bad request"))
        .body("errors.field", equalTo(List.of("ownerId")))
        .body("errors[0].message", equalTo("no active user has this id"));
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
