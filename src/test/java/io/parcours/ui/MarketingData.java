package io.parcours.ui;

import static io.restassured.RestAssured.given;

import io.parcours.support.Fixtures;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Templates and A/B variants the marketing pages show, made through the API. */
final class MarketingData {

  private MarketingData() {}

  static String template(String name) {
    Map<String, Object> english =
        Map.of("subject", "Hello {lead.firstName}", "html", "<p>Hello</p>", "text", "Hello");
    return created("/api/email-templates", Map.of("name", name, "locales", Map.of("en", english)));
  }

  /**
   * A variant for DISCOVERY made only for the persona, so that no other test's lead receives it on
   * its own; the first of a group is its control.
   */
  static String variant(String group, String title, String persona) {
    return created(
        "/api/content",
        Map.of(
            "title",
            title,
            "type",
            "GUIDE",
            "stages",
            List.of("DISCOVERY"),
            "personaIds",
            List.of(persona),
            "variantGroup",
            group));
  }

  /** A new lead receives the variant; one that advances to REFLECTION afterwards converted. */
  static void received(String variant, String lastName, boolean advances) {
    String lead = Fixtures.createLeadId(Map.of("lastName", lastName));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", variant))
        .when()
        .post("/api/leads/" + lead + "/assignments")
        .then()
        .statusCode(201);
    if (advances) {
      given()
          .contentType(ContentType.JSON)
          .header("If-Match", Fixtures.etag(lead))
          .body(Map.of("stage", "REFLECTION"))
          .when()
          .post("/api/leads/" + lead + "/stage")
          .then()
          .statusCode(200);
    }
  }

  private static String created(String path, Map<String, Object> body) {
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
}
