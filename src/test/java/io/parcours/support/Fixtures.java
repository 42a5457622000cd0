package io.parcours.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Data each test makes for itself, through the API. */
public final class Fixtures {

  private Fixtures() {}

  public static String uniqueEmail() {
    return "lead-" + UUID.randomUUID() + "@example.com";
  }

  public static ExtractableResponse<Response> createLead(Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.putIfAbsent("email", uniqueEmail());
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract();
  }

  public static String createLeadId(Map<String, Object> fields) {
    return createLead(fields).path("id");
  }

  public static String etag(String leadId) {
    return given()
        .when()
        .get("/api/leads/" + leadId)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** Moves a lead through the API, with a reason when one is given; expects 200. */
  public static void moveTo(String leadId, String stage, String reason) {
    Map<String, Object> body = new HashMap<>(Map.of("stage", stage));
    if (reason != null) {
      body.put("reason", reason);
    }
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag(leadId))
        .body(body)
        .when()
        .post("/api/leads/" + leadId + "/stage")
        .then()
        .statusCode(200);
  }

  public static String createPersona(String name) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name + " " + UUID.randomUUID()))
        .when()
        .post("/api/personas")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A request without credentials. */
  public static RequestSpecification anonymous() {
    return given().header("Authorization", "none");
  }

  /** A request made from a browser session, with its CSRF token. */
  public static RequestSpecification as(TestAuth.Session session) {
    return given()
        .header("Authorization", "none")
        .cookie("parcours_session", session.cookie())
        .header("X-CSRF-Token", session.csrf());
  }

  /** A new user of this role, logged in. */
  public static TestAuth.Session user(String role) {
    String email = "user-" + UUID.randomUUID() + "@example.com";
    String password = "a long enough password";
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "name", role + " user", "role", role, "password", password))
        .when()
        .post("/api/users")
        .then()
        .statusCode(201);
    return TestAuth.login(email, password);
  }

  /** Deactivates a user, as an admin would. */
  public static void deactivate(String userId) {
    String etag =
        as(TestAuth.admin()).when().get("/api/users/" + userId).then().extract().header("ETag");
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("active", false))
        .when()
        .patch("/api/users/" + userId)
        .then()
        .statusCode(200);
  }
}
