package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.parcours.support.CleanSchema;
import io.parcours.support.TestAuth;
import io.parcours.support.TouchpointFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation that takes a lead, found in the document (its path or a leadId in its body), used
 * by a salesperson on another salesperson's lead: not found, and nothing changes.
 */
@QuarkusTest
@TestProfile(CleanSchema.class)
class OwnershipAbuseTest {

  @Test
  void shouldAnswer404AndChangeNothingForAnotherSalespersonsLead() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    ApiDocument api = ApiDocument.served();
    Map<String, String> ids = alicesLead(alice);
    Generator generator = new Generator(7L, api, ids).onlyKnownIds();
    List<ApiDocument.Operation> taking = new ArrayList<>();
    for (ApiDocument.Operation op : api.operations()) {
      if (op.path().startsWith("/api/leads/{id}") || mentionsLead(api, op)) {
        taking.add(op);
      }
    }
    assertFalse(taking.isEmpty());
    String before = snapshot(ids.get("leads"));

    List<String> leaks = new ArrayList<>();
    Set<String> hidden = new HashSet<>();
    for (ApiDocument.Operation op : taking) {
      FuzzRequest request = FuzzRequest.valid(op, generator, ids);
      Response r = request.send(as(bob));
      boolean problem = String.valueOf(r.contentType()).startsWith("application/problem+json");
      if (op.path().startsWith("/api/leads/{id}")) {
        if (r.statusCode() == 404 && problem) {
          hidden.add(op.toString());
        } else if (r.statusCode() != 403 || !problem) {
          // Refused before the lead is looked up (an invalid body) is no leak: a lead that does
          // not exist gets the same answer.
          Map<String, String> path = new HashMap<>(request.path());
          path.put("id", UUID.randomUUID().toString());
          int nowhere =
              new FuzzRequest(
                      op,
                      path,
                      request.query(),
                      request.headers(),
                      request.contentType(),
                      request.body())
                  .send(as(bob))
                  .statusCode();
          if (nowhere != r.statusCode() || r.statusCode() < 400) {
            leaks.add(op + " answered " + r.statusCode() + ", " + nowhere + " for no lead");
          }
        }
      } else if (r.statusCode() >= 500) {
        leaks.add(op + " answered " + r.statusCode());
      }
    }
    assertEquals(List.of(), leaks);
    assertEquals(before, snapshot(ids.get("leads")), "another salesperson changed the lead");

    // The owner reaches every one of them: the 404s above come from ownership alone.
    List<String> unreachable = new ArrayList<>();
    for (ApiDocument.Operation op : taking) {
      if (hidden.contains(op.toString())) {
        int status = FuzzRequest.valid(op, generator, ids).send(as(alice)).statusCode();
        if (status == 404) {
          unreachable.add(op.toString());
        }
      }
    }
    assertEquals(List.of(), unreachable);
  }

  /** Alice's lead, with something of each kind attached to it. */
  private static Map<String, String> alicesLead(TestAuth.Session alice) {
    String lead =
        as(alice)
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail()))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, String> ids = new HashMap<>(ApiFixtures.create());
    ids.put("leads", lead);
    ids.put("touchpointId", TouchpointFixtures.touch(lead, "PAGE_VIEW"));
    ids.put(
        "assignmentId",
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("contentId", ids.get("content")))
            .when()
            .post("/api/leads/" + lead + "/assignments")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "PERCENT", "value", 5))
        .when()
        .post("/api/leads/" + lead + "/discounts")
        .then()
        .statusCode(201);
    return ids;
  }

  private static boolean mentionsLead(ApiDocument api, ApiDocument.Operation op) {
    return op.requestBody()
        .map(b -> mentions(api, b.getValue().path("schema"), "leadId", 0))
        .orElse(false);
  }

  private static boolean mentions(ApiDocument api, JsonNode schema, String field, int depth) {
    JsonNode s = api.resolve(schema);
    if (s == null || depth > 5) {
      return false;
    }
    if (s.path("properties").has(field)) {
      return true;
    }
    boolean[] found = {mentions(api, s.path("items"), field, depth + 1)};
    s.path("properties").forEach(p -> found[0] = found[0] || mentions(api, p, field, depth + 1));
    return found[0];
  }

  /** What an administrator sees of the lead and everything attached to it. */
  private static String snapshot(String lead) {
    StringBuilder s = new StringBuilder();
    for (String part :
        List.of("", "/history", "/timeline", "/assignments", "/discounts", "/stage/targets")) {
      // secondsInStage grows with the clock: only what a change would touch is compared
      s.append(
          given()
              .when()
              .get("/api/leads/" + lead + part)
              .then()
              .extract()
              .asString()
              .replaceAll("\"secondsInStage\":\\d+", ""));
    }
    return s.toString();
  }
}
