package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A cookie of a session that no longer exists is no credential at all: it is cleared. */
@QuarkusTest
class StaleSessionTest {

  private static final String CLEARED = "parcours_session=;";

  @Inject DataSource dataSource;

  @Test
  void shouldLogInThroughAnUnknownSessionCookie() {
    anonymous()
        .cookie("parcours_session", "an-unknown-session-token")
        .contentType(ContentType.JSON)
        .body(Map.of("email", TestAuth.ADMIN_EMAIL, "password", TestAuth.ADMIN_PASSWORD))
        .when()
        .post("/api/session")
        .then()
        .statusCode(200)
        .header(
            "Set-Cookie", allOf(containsString("parcours_session="), not(containsString(CLEARED))))
        .body("role", equalTo("ADMIN"));
  }

  @Test
  void shouldLogInAndOutThroughAnExpiredSessionCookie() throws Exception {
    TestAuth.Session session = user("SALES");
    expire(session);

    anonymous()
        .cookie("parcours_session", session.cookie())
        .when()
        .delete("/api/session")
        .then()
        .statusCode(204);
    anonymous()
        .cookie("parcours_session", session.cookie())
        .contentType(ContentType.JSON)
        .body(Map.of("email", TestAuth.ADMIN_EMAIL, "password", TestAuth.ADMIN_PASSWORD))
        .when()
        .post("/api/session")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldClearAnUnknownOrExpiredCookieAndTreatTheCallerAsAnonymous() throws Exception {
    TestAuth.Session expired = user("MARKETING");
    expire(expired);
    for (String cookie : List.of("an-unknown-session-token", expired.cookie())) {
      anonymous()
          .cookie("parcours_session", cookie)
          .when()
          .get("/api/session")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("Set-Cookie", allOf(containsString(CLEARED), containsString("Max-Age=0")))
          .body("detail", equalTo("Log in, or send a valid API key as Authorization: Bearer"));
    }
  }

  @Test
  void shouldStillRefuseAnUnknownApiKey() {
    anonymous()
        .header("Authorization", "Bearer pk_AAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        .when()
        .get("/api/leads")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private void expire(TestAuth.Session session) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update user_session set expires_at = now() - interval '1 minute'"
                    + " where token_hash = ?")) {
      s.setString(1, Tokens.sha256(session.cookie()));
      assertEquals(1, s.executeUpdate());
    }
  }
}
