package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionTest {

  @Test
  void shouldSetAnHttpOnlySameSiteCookieAndAnswerTheCsrfToken() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("email", TestAuth.ADMIN_EMAIL, "password", TestAuth.ADMIN_PASSWORD))
        .when()
        .post("/api/session")
        .then()
        .statusCode(200)
        .header("Set-Cookie", containsString("HttpOnly"))
        .header("Set-Cookie", containsString("SameSite=Strict"))
        .body("role", equalTo("ADMIN"))
        .body("csrfToken", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void shouldRefuseAWrongPasswordAndAnUnknownUserAlike() {
    for (String email : new String[] {TestAuth.ADMIN_EMAIL, "nobody@example.com"}) {
      anonymous()
          .contentType(ContentType.JSON)
          .body(Map.of("email", email, "password", "wrong password"))
          .when()
          .post("/api/session")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("detail", equalTo("Log in, or send a valid API key as Authorization: Bearer"));
    }
  }

  @Test
  void shouldRefuseAChangeWithoutTheCsrfToken() {
    TestAuth.Session session = user("SALES");

    anonymous()
        .cookie("parcours_session", session.cookie())
        .contentType(ContentType.JSON)
        .body(Map.of("email", uniqueEmail()))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("X-CSRF-Token"));

    anonymous()
        .cookie("parcours_session", session.cookie())
        .when()
        .get("/api/leads")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldEndTheSessionOnLogout() {
    TestAuth.Session session = user("MARKETING");
    as(session)
        .when()
        .get("/api/session")
        .then()
        .statusCode(200)
        .body("role", equalTo("MARKETING"));

    as(session).when().delete("/api/session").then().statusCode(204);

    as(session).when().get("/api/leads").then().statusCode(401);
  }

  @Test
  void shouldEndTheSessionsOfADeactivatedUser() {
    TestAuth.Session session = user("SALES");

    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("active", false))
        .when()
        .patch("/api/users/" + session.userId())
        .then()
        .statusCode(200)
        .body("active", equalTo(false));

    as(session).when().get("/api/leads").then().statusCode(401);
  }

  @Test
  void shouldRefuseAShortPassword() {
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("email", uniqueEmail(), "name", "Short", "role", "SALES", "password", "short"))
        .when()
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
  }

  @Test
  void shouldAnswer403ToAnApiKeyAskingForItsSession() {
    given()
        .when()
        .get("/api/session")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
