package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The lead page issues an advocate's referral code and edits the lead's time zone. */
@QuarkusTest
class ReferralUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldIssueTheReferralCodeAndSetTheTimeZone() {
    People sales = People.create("SALES");
    String id = sales.lead(Map.of("firstName", "Ada", "stage", "ADVOCATE"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.go("#/leads/" + id);
      browser.click(By.id("referral-issue"));
      browser.waitText(By.id("referral-count"), "Leads referred: 0");
      String shown = browser.visible(By.id("referral-code")).getText();
      given().when().get("/api/leads/" + id + "/referral-code").then().body("code", equalTo(shown));

      browser.type(By.id("edit-timeZone"), "America/Montreal");
      browser.click(By.cssSelector("#edit-form button[type=submit]"));
      browser.waitText(By.id("details"), "America/Montreal");
      browser.resize(1280, 1400);
      browser.screenshot("lead-referral-code");

      browser.type(By.id("edit-timeZone"), "Mars/Olympus");
      browser.click(By.cssSelector("#edit-form button[type=submit]"));
      browser.waitText(By.id("edit-message"), "timeZone");
      browser.screenshot("lead-time-zone-refused");
    }
    String zone = given().when().get("/api/leads/" + id).then().extract().path("timeZone");
    assertEquals("America/Montreal", zone);
  }
}
