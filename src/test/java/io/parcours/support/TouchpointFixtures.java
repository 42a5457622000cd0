package io.parcours.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Touchpoints a test records for itself, through the API. */
public final class TouchpointFixtures {

  private TouchpointFixtures() {}

  public static ExtractableResponse<Response> touch(
      String leadId, String type, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("type", type);
    body.putIfAbsent("channel", "WEB");
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/leads/" + leadId + "/touchpoints")
        .then()
        .statusCode(201)
        .extract();
  }

  public static String touch(String leadId, String type) {
    return touch(leadId, type, Map.of()).path("id");
  }
}
