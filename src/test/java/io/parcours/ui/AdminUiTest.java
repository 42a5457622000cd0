package io.parcours.ui;

import static io.parcours.support.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.email.Dispatcher;
import io.parcours.settings.SettingsFixtures;
import io.parcours.support.MailServer;
import io.parcours.support.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrators' pages: users, API keys, settings. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class AdminUiTest {

  @TestHTTPResource("/")
  URL root;

  @Inject Dispatcher dispatcher;

  @Test
  void shouldInviteASalespersonWhoLogsInAndIsLoggedOutWhenDisabled() {
    String email = "invited-" + UUID.randomUUID() + "@example.com";
    String password = "a first password to change";
    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD);
      browser.go("#/users");
      browser.type(By.id("invite-email"), email);
      browser.type(By.id("invite-name"), "Sam Seller");
      browser.choose(By.id("invite-role"), "SALES");
      browser.type(By.id("invite-password"), password);
      browser.click(By.id("invite-submit"));
      browser.waitText(By.id("users"), email);
      browser.screenshot("admin-users");

      TestAuth.Session other = TestAuth.login(email, password);
      try (Browser sales = Browser.open(root.toString(), "en")) {
        sales.login(email, password);
        sales.waitText(By.id("who"), "Sam Seller · sales");
        assertTrue(sales.all(By.cssSelector("#nav a[href='#/users']")).isEmpty());
      }

      browser.click(By.cssSelector("button[data-user='" + email + "']"));
      browser.waitText(By.id("toast"), "logged out everywhere");
      as(other).when().get("/api/session").then().statusCode(401);
    }
  }

  @Test
  void shouldShowAKeysSecretOnceAndNeverAgain() {
    String name = "CRM sync " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(root.toString(), "fr")) {
      browser.login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD);
      browser.go("#/api-keys");
      browser.type(By.id("key-name"), name);
      browser.click(By.cssSelector("#key-form input[value='leads:read']"));
      browser.click(By.id("key-submit"));
      String secret = browser.visible(By.id("key-secret")).getDomProperty("value");
      browser.waitText(By.id("api-keys"), name);
      browser.screenshot("admin-api-key-created");
      given()
          .header("Authorization", "Bearer " + secret)
          .when()
          .get("/api/leads?limit=1")
          .then()
          .statusCode(200);

      browser.driver.navigate().refresh();
      browser.waitText(By.id("api-keys"), name);
      assertTrue(browser.all(By.id("key-secret")).isEmpty());
      assertFalse(browser.driver.getPageSource().contains(secret), "the secret is gone");
      browser.screenshot("admin-api-keys");
    }
  }

  @Test
  void shouldApplyAWeeklyCapChangedOnTheSettingsPageOnTheNextDispatch() {
    CapData lead = CapData.dueEmails(3);
    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD);
      browser.go("#/settings");
      browser.type(By.id("setting-emailWeeklyCap"), "1");
      browser.click(By.id("settings-save"));
      browser.waitText(By.id("settings-changes"), "Weekly email cap");
      assertTrue(
          browser
              .visible(By.cssSelector("#settings-changes tbody tr:first-child"))
              .getText()
              .contains(TestAuth.ADMIN_EMAIL),
          "the audit list names who changed it");
      browser.screenshot("admin-settings");

      dispatcher.dispatch();
      assertEquals(1, MailServer.receivedBy(lead.email()).size());
    } finally {
      SettingsFixtures.reset();
    }
  }
}
