package io.parcours.security;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passwords anyone would guess first, and bytes bcrypt would silently ignore, are refused. */
@QuarkusTest
class PasswordRulesTest {

  @Test
  void shouldRefuseCommonPasswordsAndRepeatedCharacters() {
    for (String password :
        new String[] {
          "password1234", "Qwerty123456", "123456789012", "aaaaaaaaaaaa", "############"
        }) {
      create(uniqueEmail(), password)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", equalTo("The request has invalid fields"))
          .body("errors[0].field", equalTo("password"))
          .body("errors[0].message", containsString("too easy to guess"));
    }
  }

  @Test
  void shouldRefuseTheUsersOwnEmailAsPassword() {
    String email = uniqueEmail();
    create(email, email.toUpperCase())
        .statusCode(400)
        .body("errors[0].field", equalTo("password"))
        .body("errors[0].message", containsString("too easy to guess"));
  }

  @Test
  void shouldRefuseMoreThan72BytesButAccept72() {
    String ascii73 = "x1y2z3".repeat(12) + "q";
    String euros = "€ and 1 more ".repeat(5);
    for (String password : new String[] {ascii73, euros}) {
      create(uniqueEmail(), password)
          .statusCode(400)
          .body("errors[0].field", equalTo("password"))
          .body("errors[0].message", containsString("at most 72 bytes"))
          .body("maxBytes", equalTo(72));
    }
    create(uniqueEmail(), "x1y2z3".repeat(12)).statusCode(201);
  }

  @Test
  void shouldApplyTheSameRulesToAPasswordChange() {
    TestAuth.Session sales = user("SALES");
    for (String password : new String[] {"aaaaaaaaaaaaaaa", "x1y2z3".repeat(13)}) {
      as(TestAuth.admin())
          .contentType(ContentType.JSON)
          .header("If-Match", "\"0\"")
          .body(Map.of("password", password))
          .when()
          .patch("/api/users/" + sales.userId())
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("password"));
    }
  }

  private static ValidatableResponse create(String email, String password) {
    return as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "name", "Someone", "role", "SALES", "password", password))
        .when()
        .post("/api/users")
        .then();
  }
}
