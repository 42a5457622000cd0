package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.user;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may call what: each role against each kind of endpoint, and nobody without credentials. */
@QuarkusTest
class AuthorizationMatrixTest {

  private record Call(String method, String path, String body, String contentType) {

    Call(String method, String path, String body) {
      this(method, path, body, "application/json");
    }
  }

  private static final Call READ_LEADS = new Call("GET", "/api/leads", null);
  private static final Call CREATE_LEAD =
      new Call("POST", "/api/leads", "{\"email\":\"%s@example.com\"}");
  private static final Call READ_PERSONAS = new Call("GET", "/api/personas", null);
  private static final Call CREATE_PERSONA = new Call("POST", "/api/personas", "{\"name\":\"%s\"}");
  private static final Call READ_USERS = new Call("GET", "/api/users", null);
  private static final Call READ_KEYS = new Call("GET", "/api/api-keys", null);
  private static final Call READ_EMAILS = new Call("GET", "/api/emails", null);
  private static final Call READ_JOURNEYS = new Call("GET", "/api/journeys", null);
  private static final Call CREATE_EMAIL_TEMPLATE =
      new Call(
          "POST",
          "/api/email-templates",
          "{\"name\":\"%s\",\"locales\":{\"en\":{\"subject\":\"Hi\",\"html\":\"Hi\",\"text\":\"Hi\"}}}");
  private static final Call REQUEUE_EMAIL =
      new Call("POST", "/api/emails/00000000-0000-4000-8000-000000000000/requeue", null);
  private static final Call READ_BOARD = new Call("GET", "/api/board", null);
  private static final Call READ_OWNERS = new Call("GET", "/api/owners", null);

  private static final Call READ_EVENTS = new Call("GET", "/api/events", null);
  private static final Call READ_WEBHOOKS = new Call("GET", "/api/webhooks", null);
  private static final Call IMPORT_LEADS =
      new Call("POST", "/api/imports/leads", "email\n%s@example.com\n", "text/csv");
  private static final Call EXPORT_LEADS = new Call("GET", "/api/exports/leads.csv", null);

  private static final Call READ_FUNNEL = new Call("GET", "/api/analytics/funnel", null);
  private static final Call READ_STALLED = new Call("GET", "/api/analytics/stalled", null);

  /** Expected statuses per role, in the order ADMIN, MARKETING, SALES. */
  private static final Map<Call, List<Integer>> MATRIX =
      Map.ofEntries(
          Map.entry(READ_LEADS, List.of(200, 200, 200)),
          Map.entry(CREATE_LEAD, List.of(201, 201, 201)),
          Map.entry(READ_PERSONAS, List.of(200, 200, 200)),
          Map.entry(CREATE_PERSONA, List.of(201, 201, 403)),
          Map.entry(READ_USERS, List.of(200, 403, 403)),
          Map.entry(READ_KEYS, List.of(200, 403, 403)),
          Map.entry(READ_EMAILS, List.of(200, 200, 200)),
          Map.entry(READ_JOURNEYS, List.of(200, 200, 200)),
          Map.entry(CREATE_EMAIL_TEMPLATE, List.of(201, 201, 403)),
          Map.entry(REQUEUE_EMAIL, List.of(404, 404, 403)),
          Map.entry(READ_BOARD, List.of(200, 200, 200)),
          Map.entry(READ_OWNERS, List.of(200, 200, 200)),
          Map.entry(READ_EVENTS, List.of(200, 200, 403)),
          Map.entry(READ_WEBHOOKS, List.of(200, 403, 403)),
          Map.entry(IMPORT_LEADS, List.of(202, 202, 403)),
          Map.entry(EXPORT_LEADS, List.of(200, 200, 200)),
          Map.entry(READ_FUNNEL, List.of(200, 200, 403)),
          Map.entry(READ_STALLED, List.of(200, 200, 403)));

  @Test
  void shouldAllowEachRoleExactlyWhatItsPermissionsSay() {
    List<TestAuth.Session> sessions = List.of(TestAuth.admin(), user("MARKETING"), user("SALES"));
    List<String> mismatches = new ArrayList<>();
    MATRIX.forEach(
        (call, expected) -> {
          for (int i = 0; i < sessions.size(); i++) {
            int status = send(call, sessions.get(i));
            if (status != expected.get(i)) {
              mismatches.add(
                  call.method
                      + " "
                      + call.path
                      + " as role #"
                      + i
                      + ": "
                      + status
                      + " instead of "
                      + expected.get(i));
            }
          }
        });
    assertEquals(List.of(), mismatches);
  }

  @Test
  void shouldAnswer401ProblemWithoutCredentials() {
    for (Call call : MATRIX.keySet()) {
      var request = anonymous().contentType(call.contentType);
      if (call.body != null) {
        request.body(call.body.formatted(java.util.UUID.randomUUID()));
      }
      request
          .when()
          .request(call.method, call.path)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
          .body("status", equalTo(401));
    }
  }

  @Test
  void shouldAnswer401ForAnUnknownKey() {
    anonymous()
        .header("Authorization", "Bearer pk_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void shouldAnswer403ProblemToAKeyWithoutTheScope() {
    String key = TestAuth.createKey(TestAuth.admin(), List.of("leads:read"), null);

    anonymous()
        .header("Authorization", "Bearer " + key)
        .contentType(ContentType.JSON)
        .body(Map.of("email", java.util.UUID.randomUUID() + "@example.com"))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  private static int send(Call call, TestAuth.Session session) {
    var request = as(session).contentType(call.contentType);
    if (call.body != null) {
      request.body(call.body.formatted(java.util.UUID.randomUUID()));
    }
    return request.when().request(call.method, call.path).then().extract().statusCode();
  }
}
