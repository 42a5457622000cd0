package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key belongs to its caller, and replays only what that caller may still see. */
@QuarkusTest
class IdempotencyAbuseTest {

  private static final Map<String, Object> DISCOUNT = Map.of("kind", "PERCENT", "value", 10);

  private static ValidatableResponse post(
      TestAuth.Session as, String path, String key, Map<String, Object> body) {
    return as(as)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .when()
        .post(path)
        .then();
  }

  @Test
  void shouldGiveEachCallerItsOwnResultForTheSameKeyAndBody() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String unassigned = createLeadId(Map.of());
    String path = "/api/leads/" + unassigned + "/discounts";
    String key = UUID.randomUUID().toString();

    String aliceCode = post(alice, path, key, DISCOUNT).statusCode(201).extract().path("code");
    String bobCode =
        post(bob, path, key, DISCOUNT)
            .statusCode(201)
            .header("Idempotent-Replayed", nullValue())
            .extract()
            .path("code");

    assertNotEquals(aliceCode, bobCode);
    post(bob, path, key, DISCOUNT)
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("code", equalTo(bobCode));
  }

  @Test
  void shouldNotReplayAnotherCallersLead() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("email", uniqueEmail());
    String aliceLead = post(alice, "/api/leads", key, body).statusCode(201).extract().path("id");

    post(bob, "/api/leads", key, body)
        .statusCode(409)
        .contentType("application/problem+json")
        .header("Idempotent-Replayed", nullValue())
        .body("title", equalTo("Conflict"))
        .body("id", nullValue());
    post(bob, "/api/leads", key, Map.of("email", uniqueEmail()))
        .statusCode(201)
        .body("id", not(equalTo(aliceLead)));
  }

  @Test
  void shouldNotTellWhetherAnotherCallerUsedAKey() {
    TestAuth.Session alice = user("MARKETING");
    TestAuth.Session bob = user("MARKETING");
    String key = UUID.randomUUID().toString();
    post(alice, "/api/personas", key, Map.of("name", "Persona " + UUID.randomUUID()))
        .statusCode(201);

    // Same key, another body: 422 for the key's owner, a plain creation for anyone else.
    post(bob, "/api/personas", key, Map.of("name", "Persona " + UUID.randomUUID()))
        .statusCode(201)
        .header("Idempotent-Replayed", nullValue());
    post(alice, "/api/personas", key, Map.of("name", "Persona " + UUID.randomUUID()))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("header", equalTo("Idempotency-Key"));
  }

  @Test
  void shouldAnswer404ToACallerWithoutAccessEvenWithAKnownKey() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String lead =
        post(alice, "/api/leads", UUID.randomUUID().toString(), Map.of("email", uniqueEmail()))
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Map<String, Object>> bodies =
        Map.of(
            "/discounts", DISCOUNT, "/touchpoints", Map.of("type", "REFERRAL", "channel", "WEB"));
    String key = UUID.randomUUID().toString();
    bodies.forEach((path, body) -> post(alice, leadPath(lead, path), key, body).statusCode(201));

    bodies.forEach(
        (path, body) ->
            post(bob, leadPath(lead, path), key, body)
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("id", nullValue()));

    // Once the lead is given to bob, alice's own key replays nothing either.
    as(TestAuth.admin())
        .contentType("application/merge-patch+json")
        .header("If-Match", etag(lead))
        .body(Map.of("ownerId", bob.userId()))
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(200);
    bodies.forEach(
        (path, body) ->
            post(alice, leadPath(lead, path), key, body)
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("id", nullValue()));
  }

  private static String leadPath(String lead, String rest) {
    return "/api/leads/" + lead + rest;
  }
}
