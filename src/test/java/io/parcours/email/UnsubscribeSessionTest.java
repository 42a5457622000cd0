package io.parcours.email;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.parcours.consent.UnsubscribeTokens;
import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The unsubscribe link works whatever session cookie the browser holds: it has nothing to do with
 * one.
 */
@QuarkusTest
class UnsubscribeSessionTest {

  @Inject UnsubscribeTokens tokens;

  @Test
  void shouldConfirmAndUnsubscribeThroughAStaleSessionCookie() {
    String id = createLeadId(Map.of("consent", Mails.GRANTED));
    String link = "/unsubscribe/" + tokens.token(UUID.fromString(id));

    anonymous()
        .cookie("parcours_session", "a-session-that-expired-long-ago")
        .when()
        .get(link)
        .then()
        .statusCode(200)
        .body(containsString("<form method=\"post\">"));
    anonymous()
        .cookie("parcours_session", "a-session-that-expired-long-ago")
        .when()
        .post(link)
        .then()
        .statusCode(200)
        .body(containsString("You will not receive our emails any more"));

    given().when().get("/api/leads/" + id).then().body("consent.status", equalTo("UNSUBSCRIBED"));
  }

  @Test
  void shouldUnsubscribeALoggedInUserWithoutACsrfToken() {
    TestAuth.Session session = user("MARKETING");
    String id = createLeadId(Map.of("consent", Mails.GRANTED));

    anonymous()
        .cookie("parcours_session", session.cookie())
        .header("List-Unsubscribe", "One-Click")
        .contentType("application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .when()
        .post("/unsubscribe/" + tokens.token(UUID.fromString(id)))
        .then()
        .statusCode(200)
        .body(containsString("You will not receive our emails any more"));

    given().when().get("/api/leads/" + id).then().body("consent.status", equalTo("UNSUBSCRIBED"));
  }
}
