package io.parcours.api;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Values at the edges of what Java reads: each a 400 problem naming what is wrong, never a 500. */
@QuarkusTest
class MalformedInputTest {

  /** Instants Java parses and PostgreSQL cannot store, or the API does not accept. */
  static final List<String> INSTANTS =
      List.of(
          "-1000000000-01-01T00:00:00Z",
          "+1000000000-12-31T23:59:59Z",
          "+300000-01-01T00:00:00Z",
          "-300000-01-01T00:00:00Z",
          "+10000-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z");

  static final List<String> DATES =
      List.of(
          "-999999999-01-01", "+999999999-12-31", "+300000-01-01", "-4714-01-01", "+10000-01-01");

  private static ValidatableResponse badRequest(ValidatableResponse response) {
    return response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", equalTo("Bad request"));
  }

  @Test
  void shouldRefuseANullTagAndALongTagInAPatch() {
    for (List<String> tags : List.of(Arrays.asList("ok", null), List.of("x".repeat(51)))) {
      String lead = createLeadId(Map.of());
      given()
          .contentType("application/merge-patch+json")
          .header("If-Match", etag(lead))
          .body(Map.of("tags", tags))
          .when()
          .patch("/api/leads/" + lead)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", equalTo("The request has invalid fields"))
          .body("errors.field", hasItem(containsString("tags")));
    }
  }

  @Test
  void shouldRefuseExtremeInstantsInQueryParameters() {
    List<String> failures = new ArrayList<>();
    for (String at : INSTANTS) {
      for (String path : List.of("/api/friction", "/api/emails")) {
        for (String name : List.of("from", "to")) {
          var r = given().queryParam(name, at).when().get(path);
          if (r.statusCode() != 400
              || !r.contentType().startsWith("application/problem+json")
              || !name.equals(r.path("parameter"))) {
            failures.add(path + "?" + name + "=" + at + " -> " + r.statusCode());
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void shouldRefuseExtremeDatesInAnalytics() {
    List<String> failures = new ArrayList<>();
    for (String day : DATES) {
      for (String report : List.of("funnel", "drop-off", "time-in-stage", "channels", "emails")) {
        for (String name : List.of("from", "to")) {
          var r = given().queryParam(name, day).when().get("/api/analytics/" + report);
          if (r.statusCode() != 400
              || !r.contentType().startsWith("application/problem+json")
              || !name.equals(r.path("parameter"))) {
            failures.add(report + "?" + name + "=" + day + " -> " + r.statusCode());
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void shouldRefuseCursorsOfTheYear300000() {
    String lead = createLeadId(Map.of());
    String far = cursor("+300000-01-01T00:00:00Z", UUID.randomUUID().toString());
    badRequest(given().queryParam("cursor", far).when().get("/api/leads").then())
        .body("parameter", equalTo("cursor"));
    badRequest(
            given()
                .queryParam("cursor", far)
                .when()
                .get("/api/leads/" + lead + "/discounts")
                .then())
        .body("parameter", equalTo("cursor"));
    String timeline = cursor("+300000-01-01T00:00:00Z", "touchpoint:" + UUID.randomUUID());
    badRequest(
            given()
                .queryParam("cursor", timeline)
                .when()
                .get("/api/leads/" + lead + "/timeline")
                .then())
        .body("parameter", equalTo("cursor"));
  }

  @Test
  void shouldRefuseADiscountExpiringInTheYear300000() {
    String lead = createLeadId(Map.of());
    for (String at : List.of("+300000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("kind", "PERCENT", "value", 10, "expiresAt", at))
          .when()
          .post("/api/leads/" + lead + "/discounts")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("expiresAt"));
    }
  }

  @Test
  void shouldRefuseATouchpointOfTheYearMinus300000() {
    String lead = createLeadId(Map.of());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("type", "REFERRAL", "channel", "WEB", "occurredAt", "-300000-01-01T00:00:00Z"))
        .when()
        .post("/api/leads/" + lead + "/touchpoints")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("occurredAt"));
  }

  @Test
  void shouldAnswerABrokenPercentEscapeWithAProblem() throws IOException {
    String key = TestAuth.createKey(TestAuth.admin(), TestAuth.ALL_SCOPES, null);
    for (String uri :
        List.of(
            "/api/leads?q=%zz",
            "/api/leads?q=%", "/api/leads?q=%4", "/api/leads?%zz=1", "/api/leads/%zz")) {
      // Sent raw: HTTP clients refuse to send such an address.
      String answer = rawGet(uri, key);

      assertTrue(answer.startsWith("HTTP/1.1 400"), uri + ": " + answer);
      assertTrue(answer.contains("content-type: application/problem+json"), uri + ": " + answer);
      assertTrue(answer.contains("two hexadecimal digits"), uri + ": " + answer);
    }
  }

  private static String rawGet(String uri, String key) throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + uri
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + key
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String cursor(String value, String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((value + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }
}
