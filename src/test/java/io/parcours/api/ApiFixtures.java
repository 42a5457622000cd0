package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static io.restassured.RestAssured.given;

import io.parcours.support.Fixtures;
import io.parcours.support.TestAuth;
import io.parcours.support.TouchpointFixtures;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One resource of each kind, made through the API, keyed the way requests find them: by the path
 * segment before {id} ("leads", "personas"…) or by the parameter's own name ("assignmentId").
 */
final class ApiFixtures {

  private ApiFixtures() {}

  static Map<String, String> create() {
    Map<String, String> ids = new HashMap<>();
    String lead = Fixtures.createLeadId(Map.of());
    String content =
        post(
            "/api/content",
            Map.of("title", "Fuzz", "type", "GUIDE", "stages", List.of("DISCOVERY")));
    ids.put("leads", lead);
    ids.put("personas", Fixtures.createPersona("fuzz"));
    ids.put("content", content);
    ids.put(
        "journey-rules",
        post(
            "/api/journey-rules",
            Map.of(
                "name", "fuzz", "touchpointType", "CALL", "minScore", 999_999, "active", false)));
    ids.put("touchpointId", TouchpointFixtures.touch(lead, "PAGE_VIEW"));
    ids.put(
        "assignmentId", post("/api/leads/" + lead + "/assignments", Map.of("contentId", content)));
    ids.put(
        "code",
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "PERCENT", "value", 10))
            .when()
            .post("/api/leads/" + lead + "/discounts")
            .then()
            .statusCode(201)
            .extract()
            .path("code"));
    ids.put(
        "webhooks",
        post(
            "/api/webhooks",
            Map.of("url", "http://localhost:9/fuzz", "eventTypes", List.of("lead.created"))));
    ids.put(
        "imports",
        given()
            .contentType("text/csv")
            .body("email\nfuzz-import-" + java.util.UUID.randomUUID() + "@example.com\n")
            .when()
            .post("/api/imports/leads")
            .then()
            .statusCode(202)
            .extract()
            .path("id"));
    ids.put("users", user());
    ids.put(
        "api-keys",
        as(TestAuth.admin())
            .contentType(ContentType.JSON)
            .body(Map.of("name", "fuzz", "scopes", List.of("leads:read")))
            .when()
            .post("/api/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    return ids;
  }

  private static String post(String path, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String user() {
    return as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", "fuzz-" + UUID.randomUUID() + "@example.com",
                "name", "Fuzz",
                "role", "MARKETING",
                "password", "a long enough password"))
        .when()
        .post("/api/users")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
