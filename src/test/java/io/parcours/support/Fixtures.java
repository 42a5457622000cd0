package io.parcours.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
}
