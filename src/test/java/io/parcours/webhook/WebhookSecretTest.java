package io.parcours.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook secrets are sealed in the database and still sign deliveries (see WebhookTest). */
@QuarkusTest
class WebhookSecretTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @Inject EntityManager em;
  @Inject SecretBox box;

  @Test
  void shouldStoreTheSecretSealed() {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "url",
                    "http://localhost:9/hook",
                    "eventTypes",
                    List.of("lead.created"),
                    "secret",
                    SECRET))
            .when()
            .post("/api/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try {
      String stored = stored(UUID.fromString(id));
      assertFalse(stored.contains(SECRET.substring(6)), stored);
      assertTrue(stored.startsWith(SecretBox.PREFIX), stored);
    } finally {
      given().when().delete("/api/webhooks/" + id).then().statusCode(204);
    }
  }

  @Test
  void shouldSealSecretsStoredInClearBeforeAtStartup() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into webhook_subscription (id, url, secret, event_types,"
                            + " active, created_at, updated_at) values (?1, 'http://localhost:9/',"
                            + " ?2, '{lead.created}', false, now(), now())")
                    .setParameter(1, id)
                    .setParameter(2, SECRET)
                    .executeUpdate());
    try {
      box.sealClearSecrets();
      String stored = stored(id);
      assertTrue(stored.startsWith(SecretBox.PREFIX), stored);
      assertEquals(SECRET, box.open(id, stored));
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery("delete from webhook_subscription where id = ?1")
                      .setParameter(1, id)
                      .executeUpdate());
    }
  }

  private String stored(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery("select secret from webhook_subscription where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
  }
}
