package io.parcours.support;

import static io.restassured.RestAssured.given;
import static io.restassured.config.HeaderConfig.headerConfig;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every test request carries an API key with every scope, unless it brings its own Authorization
 * ({@code none} sends none: {@link Fixtures#anonymous()}, {@link Fixtures#as(Session)}).
 */
public class TestAuth implements QuarkusTestBeforeEachCallback, Filter {

  public static final String ADMIN_EMAIL = "admin@parcours.test";
  public static final String ADMIN_PASSWORD = "test-admin-password";
  public static final List<String> ALL_SCOPES =
      List.of(
          "leads:read",
          "leads:write",
          "personas:read",
          "personas:write",
          "touchpoints:read",
          "touchpoints:write",
          "content:read",
          "content:write",
          "email:read",
          "email:write",
          "analytics:read",
          "events:read",
          "webhooks:admin",
          "imports:write",
          "journey:write");

  private static final Map<Integer, Session> ADMINS = new HashMap<>();
  private static final Map<Integer, String> KEYS = new HashMap<>();
  private static boolean installed;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    synchronized (TestAuth.class) {
      if (!installed) {
        RestAssured.config =
            RestAssured.config()
                .headerConfig(headerConfig().overwriteHeadersWithName("Authorization"));
        RestAssured.filters(new TestAuth());
        installed = true;
      }
    }
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    String given = request.getHeaders().getValue("Authorization");
    if ("none".equals(given)) {
      request.removeHeader("Authorization");
    } else if (given == null) {
      request.header("Authorization", "Bearer " + key());
    }
    return context.next(request, response);
  }

  /** The administrator's session in the running application (created at its start). */
  public static synchronized Session admin() {
    return ADMINS.computeIfAbsent(RestAssured.port, port -> login(ADMIN_EMAIL, ADMIN_PASSWORD));
  }

  private static synchronized String key() {
    return KEYS.computeIfAbsent(RestAssured.port, port -> createKey(admin(), ALL_SCOPES, null));
  }

  /** A logged-in browser session: its cookie and its CSRF token. */
  public record Session(String cookie, String csrf, String userId) {}

  public static Session login(String email, String password) {
    ExtractableResponse<Response> r =
        given()
            .header("Authorization", "none")
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", password))
            .when()
            .post("/api/session")
            .then()
            .statusCode(200)
            .extract();
    return new Session(r.cookie("parcours_session"), r.path("csrfToken"), r.path("userId"));
  }

  public static String createKey(Session as, List<String> scopes, Integer perMinute) {
    Map<String, Object> body = new HashMap<>(Map.of("name", "test key", "scopes", scopes));
    if (perMinute != null) {
      body.put("requestsPerMinute", perMinute);
    }
    return Fixtures.as(as)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .path("key");
  }
}
