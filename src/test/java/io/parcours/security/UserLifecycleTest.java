package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deactivating or demoting users: never the last administrator, and their keys stop with them. */
@QuarkusTest
class UserLifecycleTest {

  private static final String PASSWORD = "a long enough password";

  @Test
  void shouldRefuseToDemoteOrDeactivateTheLastActiveAdministrator() {
    TestAuth.Session admin = TestAuth.admin();
    List<Map<String, Object>> others =
        as(admin)
            .queryParam("limit", 200)
            .when()
            .get("/api/users")
            .then()
            .extract()
            .path(
                "items.findAll { it.role == 'ADMIN' && it.active && it.id != '"
                    + admin.userId()
                    + "' }");
    for (Map<String, Object> other : others) {
      patch(admin, other.get("id").toString(), Map.of("active", false)).statusCode(200);
    }

    for (Map<String, Object> change :
        List.<Map<String, Object>>of(Map.of("role", "SALES"), Map.of("active", false))) {
      patch(admin, admin.userId(), change)
          .statusCode(409)
          .contentType("application/problem+json")
          .body("title", equalTo("Conflict"))
          .body("detail", equalTo("At least one active administrator must remain"));
    }

    String second = createUser("ADMIN");
    patch(admin, second, Map.of("role", "MARKETING"))
        .statusCode(200)
        .body("role", equalTo("MARKETING"));
  }

  @Test
  void shouldStopTheKeysOfADeactivatedUser() {
    String email = uniqueEmail();
    String id = createUser("ADMIN", email);
    TestAuth.Session creator = TestAuth.login(email, PASSWORD);
    String key = TestAuth.createKey(creator, List.of("leads:read"), null);
    anonymous()
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200);

    patch(TestAuth.admin(), id, Map.of("active", false)).statusCode(200);

    anonymous()
        .header("Authorization", "Bearer " + key)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    as(TestAuth.admin())
        .queryParam("limit", 200)
        .when()
        .get("/api/api-keys")
        .then()
        .body(
            "items.find { it.prefix == '" + key.substring(3, 11) + "' }.revokedAt", notNullValue());
  }

  private static String createUser(String role) {
    return createUser(role, uniqueEmail());
  }

  private static String createUser(String role, String email) {
    return as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "name", "Someone", "role", role, "password", PASSWORD))
        .when()
        .post("/api/users")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static io.restassured.response.ValidatableResponse patch(
      TestAuth.Session as, String id, Map<String, Object> change) {
    String etag = as(as).when().get("/api/users/" + id).then().extract().header("ETag");
    return as(as)
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(change)
        .when()
        .patch("/api/users/" + id)
        .then();
  }
}
