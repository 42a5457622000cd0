package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

  @Test
  void shouldShowTheSecretOnceAndOnlyItsPrefixAfter() {
    var created =
        as(TestAuth.admin())
            .contentType(ContentType.JSON)
            .body(Map.of("name", "crm sync", "scopes", List.of("leads:read")))
            .when()
            .post("/api/api-keys")
            .then()
            .statusCode(201)
            .body("key", matchesPattern("pk_[A-Za-z0-9]{8}_[A-Za-z0-9]{32}"))
            .extract();
    String id = created.path("id");

    as(TestAuth.admin())
        .queryParam("limit", 200)
        .when()
        .get("/api/api-keys")
        .then()
        .body("items.find { it.id == '" + id + "' }.prefix", equalTo(created.path("prefix")))
        .body("items.find { it.id == '" + id + "' }", not(hasKey("key")));
  }

  @Test
  void shouldRecordLastUseAndRefuseARevokedKey() {
    String key = TestAuth.createKey(TestAuth.admin(), List.of("leads:read"), null);
    anonymous()
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200);
    String prefix = key.substring(3, 11);
    String id =
        as(TestAuth.admin())
            .queryParam("limit", 200)
            .when()
            .get("/api/api-keys")
            .then()
            .body("items.find { it.prefix == '" + prefix + "' }.lastUsedAt", notNullValue())
            .extract()
            .path("items.find { it.prefix == '" + prefix + "' }.id");

    as(TestAuth.admin())
        .when()
        .delete("/api/api-keys/" + id)
        .then()
        .statusCode(200)
        .body("revokedAt", notNullValue());

    anonymous()
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRefuseUnknownScopesAndKeysManagingKeys() {
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("name", "too much", "scopes", List.of("users:admin")))
        .when()
        .post("/api/api-keys")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scopes"))
        .body("allowed", hasItem("leads:write"));

    given().when().get("/api/api-keys").then().statusCode(403);
  }

  @Test
  void shouldAnswer429WithRateLimitHeadersOverTheLimit() {
    String key = TestAuth.createKey(TestAuth.admin(), List.of("leads:read"), 3);
    for (int i = 0; i < 3; i++) {
      anonymous()
          .header("Authorization", "Bearer " + key)
          .when()
          .get("/api/leads")
          .then()
          .statusCode(200)
          .header("RateLimit-Limit", "3")
          .header("RateLimit-Remaining", String.valueOf(2 - i));
    }
    anonymous()
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .header("RateLimit-Remaining", "0");
  }
}
