package io.parcours.content;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Content data each test makes for itself, through the API. */
final class ContentFixtures {

  private ContentFixtures() {}

  static String createItem(Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.putIfAbsent("title", "Item " + System.nanoTime());
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/content")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String assign(String leadId, String contentId) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", contentId))
        .when()
        .post("/api/leads/" + leadId + "/assignments")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static List<String> nextContentIds(String leadId) {
    return given()
        .queryParam("limit", 50)
        .when()
        .get("/api/leads/" + leadId + "/next-content")
        .then()
        .statusCode(200)
        .extract()
        .path("items.item.id");
  }

  static void setPersona(String leadId, String personaId) {
    given()
        .contentType("application/merge-patch+json")
        .header("If-Match", io.parcours.support.Fixtures.etag(leadId))
        .body(Map.of("personaId", personaId))
        .when()
        .patch("/api/leads/" + leadId)
        .then()
        .statusCode(200);
  }
}
