package io.parcours.settings;

import static io.parcours.support.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.Fixtures;
import io.parcours.support.TestAuth;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsResourceTest {

  @Inject Settings settings;
  @Inject EntityManager em;

  @AfterEach
  void restore() {
    SettingsFixtures.reset();
  }

  @Test
  void shouldStoreASettingOverItsDefaultAndRecordWhoChangedIt() {
    SettingsFixtures.reset();
    String etag = as(TestAuth.admin()).when().get("/api/settings").then().extract().header("ETag");
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("emailWeeklyCap", 7, "abAlpha", 0.01))
        .when()
        .put("/api/settings")
        .then()
        .statusCode(200)
        .body("values.emailWeeklyCap", equalTo(7))
        .body("defaults.emailWeeklyCap", equalTo(3))
        .body("stored.emailWeeklyCap", equalTo(7))
        .body("stored.stalledAfterDays", nullValue())
        .body("values.analyticsDefaultPeriodDays", equalTo(90))
        .body("updatedBy", equalTo(TestAuth.ADMIN_EMAIL));
    assertEquals(7, settings.emailWeeklyCap(), "applied at once on this instance");

    as(TestAuth.admin())
        .when()
        .get("/api/settings/audit?limit=1")
        .then()
        .statusCode(200)
        .body("items[0].actorName", equalTo(TestAuth.ADMIN_EMAIL))
        .body("items[0].actor.type", equalTo("USER"))
        .body("items[0].changes.setting", contains("emailWeeklyCap", "abAlpha"))
        .body("items[0].changes[0].from", nullValue())
        .body("items[0].changes[0].to", equalTo(7));
  }

  @Test
  void shouldRefuseOutOfBoundsValuesAndChangeNothing() {
    String etag = as(TestAuth.admin()).when().get("/api/settings").then().extract().header("ETag");
    for (Map<String, Object> bad :
        java.util.List.<Map<String, Object>>of(
            Map.of("emailWeeklyCap", -1),
            Map.of("emailWeeklyCap", 1_000_000),
            Map.of("abPower", 2),
            Map.of("analyticsDefaultPeriodDays", 0),
            Map.of("stalledAfterDays", "soon"))) {
      as(TestAuth.admin())
          .contentType(ContentType.JSON)
          .header("If-Match", etag)
          .body(bad)
          .when()
          .put("/api/settings")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
    as(TestAuth.admin())
        .when()
        .get("/api/settings")
        .then()
        .header("ETag", etag)
        .body("values.emailWeeklyCap", equalTo(3));
  }

  @Test
  void shouldRequireTheCurrentVersion() {
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("emailWeeklyCap", 4))
        .when()
        .put("/api/settings")
        .then()
        .statusCode(428);
    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-5\"")
        .body(Map.of("emailWeeklyCap", 4))
        .when()
        .put("/api/settings")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void shouldLetOnlyAdministratorsReadOrChangeSettings() {
    for (String role : java.util.List.of("SALES", "MARKETING")) {
      TestAuth.Session user = Fixtures.user(role);
      as(user).when().get("/api/settings").then().statusCode(403);
      as(user).when().get("/api/settings/audit").then().statusCode(403);
      as(user)
          .contentType(ContentType.JSON)
          .header("If-Match", "*")
          .body(Map.of("emailWeeklyCap", 50))
          .when()
          .put("/api/settings")
          .then()
          .statusCode(403);
    }
    io.restassured.RestAssured.given().when().get("/api/settings").then().statusCode(403);
  }

  /** Another instance's change reaches this one through the database within the refresh time. */
  @Test
  void shouldApplyAChangeMadeElsewhereWithinSeconds() throws InterruptedException {
    assertEquals(3, settings.emailWeeklyCap());
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update app_settings set overrides = '{\"emailWeeklyCap\": 9}',"
                            + " version = version + 1")
                    .executeUpdate());
    long start = System.nanoTime();
    while (settings.emailWeeklyCap() != 9 && System.nanoTime() - start < 10_000_000_000L) {
      Thread.sleep(100);
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(9, settings.emailWeeklyCap());
    assertTrue(seconds <= 3, "applied after " + seconds + " s");
    as(TestAuth.admin())
        .when()
        .get("/api/settings/audit?cursor=x")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Malformed cursor"));
  }

  @Test
  void shouldListChangesPageByPage() {
    SettingsFixtures.store(Map.of("stalledAfterDays", 2));
    SettingsFixtures.store(Map.of("stalledAfterDays", 3));
    String cursor =
        as(TestAuth.admin())
            .when()
            .get("/api/settings/audit?limit=1")
            .then()
            .body("items[0].changes.to", hasItem(3))
            .extract()
            .path("nextCursor");
    as(TestAuth.admin())
        .when()
        .get("/api/settings/audit?limit=1&cursor=" + cursor)
        .then()
        .body("items[0].changes.to", hasItem(2));
  }
}
