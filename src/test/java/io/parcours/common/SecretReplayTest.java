package io.parcours.common;

import static io.parcours.support.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcours.support.TestAuth;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Creations whose answer holds a secret shown once honour Idempotency-Key without keeping the
 * secret: a retry answers the resource without it, and the key's row holds no trace of it.
 */
@QuarkusTest
class SecretReplayTest {

  @Inject EntityManager em;

  @Test
  void shouldReplayAnApiKeyWithoutItsSecret() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("name", "sync " + key, "scopes", List.of("leads:read"));

    var first = post("/api/api-keys", key, body).statusCode(201).extract();
    String secret = first.path("key");
    String id = first.path("id");
    post("/api/api-keys", key, body)
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", org.hamcrest.Matchers.endsWith(id))
        .body("id", equalTo(id))
        .body("key", nullValue());

    assertFalse(stored(key).contains(secret.substring(secret.length() - 16)), stored(key));
    assertEquals(
        1,
        as(TestAuth.admin())
            .queryParam("limit", 200)
            .when()
            .get("/api/api-keys")
            .then()
            .extract()
            .jsonPath()
            .getList("items.findAll { it.name == 'sync " + key + "' }")
            .size());
  }

  @Test
  void shouldReplayAWebhookWithoutItsSecretAndRefuseAnotherBody() {
    String key = UUID.randomUUID().toString();
    String brought = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    Map<String, Object> body =
        Map.of(
            "url",
            "http://localhost:9/" + key,
            "eventTypes",
            List.of("lead.created"),
            "secret",
            brought);

    String id =
        post("/api/webhooks", key, body)
            .statusCode(201)
            .body("secret", equalTo(brought))
            .extract()
            .path("id");
    try {
      post("/api/webhooks", key, body)
          .statusCode(201)
          .header("Idempotent-Replayed", "true")
          .body("id", equalTo(id))
          .body("secret", nullValue());
      post(
              "/api/webhooks",
              key,
              Map.of("url", "http://localhost:9/other", "eventTypes", List.of("lead.created")))
          .statusCode(422)
          .contentType("application/problem+json");
      assertFalse(stored(key).contains(brought.substring(6)), stored(key));
    } finally {
      as(TestAuth.admin()).when().delete("/api/webhooks/" + id).then().statusCode(204);
    }
  }

  @Test
  void shouldReplayAUserWithoutKeepingThePassword() {
    String key = UUID.randomUUID().toString();
    String email = "replayed-" + key + "@example.com";
    String password = "the first long password";
    String id = post("/api/users", key, user(email, password)).statusCode(201).extract().path("id");

    post("/api/users", key, user(email, "another long password"))
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(id));

    assertFalse(stored(key).contains(password), stored(key));
    TestAuth.login(email, password);
  }

  private static Map<String, Object> user(String email, String password) {
    return Map.of("email", email, "name", "Replayed", "role", "SALES", "password", password);
  }

  private static ValidatableResponse post(String path, String key, Map<String, Object> body) {
    return as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .when()
        .post(path)
        .then();
  }

  /** Everything the key's row holds, as text. */
  private String stored(String key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                String.valueOf(
                    em.createNativeQuery(
                            "select concat_ws(' ', scope, request_hash, body, location, etag)"
                                + " from idempotency_key where key = ?1")
                        .setParameter(1, key)
                        .getSingleResult()));
  }
}
