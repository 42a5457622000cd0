package io.parcours.security;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guessing passwords is slowed down per account and per address, then the account is locked. */
@QuarkusTest
@TestProfile(LoginThrottleTest.Strict.class)
class LoginThrottleTest {

  /** Small numbers, so that a test reaches the lockout within seconds. */
  public static class Strict implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "parcours.login.account-free-failures", "3",
          "parcours.login.lockout-after", "4",
          "parcours.login.address-free-failures", "6",
          "parcours.login.delay", "PT2S",
          "parcours.login.concurrent-checks", "1",
          "parcours.login.check-wait", "PT0S");
    }
  }

  private static final String PASSWORD = "a long enough password";

  @Inject DataSource dataSource;

  /** Every test starts with a clean slate for this machine's address. */
  @BeforeEach
  void forget() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().executeUpdate("delete from login_throttle");
    }
  }

  @Test
  void shouldRefuseEvenTheRightPasswordWhileAnAccountWaitsThenLockIt() throws Exception {
    TestAuth.Session admin = TestAuth.admin();
    TestAuth.Session victim = user("SALES");
    String email = emailOf(victim);
    for (int i = 0; i < 3; i++) {
      login(email, "wrong password " + i).then().statusCode(401);
    }

    Response waiting = login(email, PASSWORD);
    waiting
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("title", equalTo("Too many requests"))
        .body("detail", equalTo("Too many failed logins; retry after the given delay"));
    int retryAfter = Integer.parseInt(waiting.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

    Thread.sleep(retryAfter * 1000L + 100);
    login(email, "wrong password 4").then().statusCode(401);
    login(email, PASSWORD)
        .then()
        .statusCode(429)
        .body("detail", containsString("locked until an administrator unlocks it"));

    as(admin).when().post("/api/users/" + victim.userId() + "/unlock").then().statusCode(204);
    login(email, PASSWORD).then().statusCode(200);
  }

  @Test
  void shouldAnswerAnUnknownAccountExactlyAsAnExistingOne() {
    String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
    for (int i = 0; i < 3; i++) {
      login(unknown, "wrong password").then().statusCode(401);
    }
    login(unknown, PASSWORD)
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("detail", equalTo("Too many failed logins; retry after the given delay"));
  }

  @Test
  void shouldSlowDownOneAddressTryingManyAccounts() {
    for (int i = 0; i < 6; i++) {
      login("nobody-" + UUID.randomUUID() + "@example.com", "wrong password")
          .then()
          .statusCode(401);
    }
    login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD)
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("detail", equalTo("Too many failed logins; retry after the given delay"));
  }

  @Test
  void shouldTurnAwayLoginsBeyondTheConcurrentPasswordChecks() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        answers.add(
            pool.submit(() -> login("nobody-" + UUID.randomUUID() + "@example.com", "wrong one")));
      }
      List<String> busy = new ArrayList<>();
      for (Future<Response> answer : answers) {
        Response r = answer.get();
        if (r.statusCode() == 429) {
          assertEquals("1", r.header("Retry-After"));
          busy.add(r.jsonPath().getString("detail"));
        } else {
          assertEquals(401, r.statusCode());
        }
      }
      assertFalse(busy.isEmpty(), "one password check at a time: some of 5 logins at once wait");
      assertEquals(
          Set.of("Too many logins at once; retry after the given delay"), Set.copyOf(busy));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldLetOnlyAnAdministratorUnlockAUser() {
    TestAuth.Session sales = user("SALES");
    as(sales)
        .when()
        .post("/api/users/" + sales.userId() + "/unlock")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(TestAuth.admin())
        .when()
        .post("/api/users/" + UUID.randomUUID() + "/unlock")
        .then()
        .statusCode(404)
        .body("detail", containsString("does not exist"));
  }

  private static Response login(String email, String password) {
    return anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .when()
        .post("/api/session");
  }

  private static String emailOf(TestAuth.Session session) {
    String email = as(session).when().get("/api/session").then().extract().path("email");
    assertEquals(false, email == null, "the session names its user");
    return email;
  }
}
