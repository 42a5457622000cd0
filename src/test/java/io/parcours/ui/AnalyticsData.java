package io.parcours.ui;

import static io.restassured.RestAssured.given;

import io.parcours.support.Fixtures;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Leads of one source channel, moved along the journey and touched, made through the API. */
final class AnalyticsData {

  private AnalyticsData() {}

  /** A new lead in DISCOVERY; persona may be null. */
  static String lead(String source, String persona) {
    Map<String, Object> body = new HashMap<>();
    body.put("lastName", source);
    body.put("source", Map.of("channel", source));
    if (persona != null) {
      body.put("personaId", persona);
    }
    return Fixtures.createLeadId(body);
  }

  static void move(String lead, String stage) {
    Fixtures.moveTo(lead, stage, null);
  }

  /** A store visit, counted at the lead's stage of the moment. */
  static void visit(String lead) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("channel", "STORE", "type", "STORE_VISIT"))
        .when()
        .post("/api/leads/" + lead + "/touchpoints")
        .then()
        .statusCode(201);
  }
}
