package io.parcours.ui;

import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Marketing writes a journey with a branch in a real browser, then follows a lead through it. */
@QuarkusTest
class JourneyUiTest {

  static final String THANKS = "00000000-0000-4000-8000-00000000e001";

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldWriteAJourneyEditAStepAndShowItsEntrantsAndTheLeadsEnrolment() {
    People marketing = People.create("MARKETING");
    String token = BoardUiTest.token();
    String persona = createPersona("Basket " + token);
    String name = "Basket follow-up " + token;

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.click(By.linkText("Journeys"));
      browser.waitText(By.cssSelector("#main h1"), "Journeys");
      browser.type(By.id("jr-name"), name);
      browser.choose(By.id("jr-entryStage"), "touchpoint:CART_ABANDONED");
      browser.choose(By.id("jr-personaId"), persona);
      browser.choose(By.id("jr-reentry"), "EVERY");
      browser.type(By.id("jr-steps-0-duration"), "2");
      browser.choose(By.id("jr-steps-0-unit"), "HOURS");
      browser.choose(By.id("jr-steps-1-templateId"), THANKS);
      browser.click(By.id("journey-add-step"));
      browser.choose(By.id("jr-steps-2-kind"), "BRANCH");
      browser.choose(By.id("jr-steps-2-condition-touchpointType"), "PURCHASE");
      // The branch goes before the email: a purchase since entry skips the reminder.
      browser.click(By.xpath("//fieldset[@data-index='2']//button[text()='Move up']"));
      assertEquals("BRANCH", value(browser, "jr-steps-1-kind"));
      assertEquals("", value(browser, "jr-steps-1-goTo"));
      new Select(browser.visible(By.id("jr-exitTouchpoints"))).selectByValue("COMPLAINT");
      browser.click(By.cssSelector("#journey-form button[type=submit]"));
      browser.waitText(By.id("journeys"), name);
      browser.waitText(By.cssSelector("#journey-form h2"), "Edit “" + name + "”");
      browser.screenshot("journeys-created");
      String journey =
          browser
              .visible(By.xpath("//button[contains(@class,'edit')][contains(.,'" + name + "')]"))
              .getAttribute("data-id");

      browser.type(By.id("jr-steps-0-duration"), "3");
      browser.click(By.cssSelector("#journey-form button[type=submit]"));
      browser.until(d -> given().when().get("/api/journeys/" + journey).path("version").equals(1));
      given()
          .when()
          .get("/api/journeys/" + journey)
          .then()
          .body("steps.kind", equalTo(List.of("WAIT", "BRANCH", "SEND")))
          .body("steps[0].duration", equalTo("PT3H"))
          .body("steps[1].condition.touchpointType", equalTo("PURCHASE"))
          .body("steps[1].goTo", equalTo(null))
          .body("steps[2].templateId", equalTo(THANKS))
          .body("exitTouchpoints", equalTo(List.of("COMPLAINT")));

      // A bad target is refused with the server's words, on the field it names.
      browser.click(By.id("journey-add-step"));
      browser.choose(By.id("jr-steps-3-kind"), "BRANCH");
      browser.choose(By.id("jr-steps-1-goTo"), "4");
      browser.click(By.xpath("//fieldset[@data-index='3']//button[contains(@class,'remove')]"));
      browser.click(By.cssSelector("#journey-form button[type=submit]"));
      browser.waitText(
          By.id("journey-message"), "steps[1].goTo: must be a later step, from 3 to 3");
      assertEquals("true", browser.visible(By.id("jr-steps-1-goTo")).getAttribute("aria-invalid"));

      String waiting =
          marketing.lead(Map.of("firstName", "Wanda", "lastName", token, "personaId", persona));
      String unhappy =
          marketing.lead(Map.of("firstName", "Ugo", "lastName", token, "personaId", persona));
      touch(waiting, "CART_ABANDONED");
      touch(unhappy, "CART_ABANDONED");
      touch(unhappy, "COMPLAINT");

      browser.go("#/journeys");
      browser.click(By.xpath("//button[contains(@class,'edit')][contains(.,'" + name + "')]"));
      browser.waitText(By.id("journey-entered"), "2");
      browser.waitText(By.id("journey-running"), "1");
      browser.waitText(By.id("journey-exited"), "1");
      browser.waitText(By.id("journey-exits"), "A COMPLAINT touchpoint was recorded");
      browser.script("arguments[0].scrollIntoView()", browser.visible(By.id("journey-stats")));
      browser.screenshot("journeys-stats");
      browser.resize(1280, 2400);
      browser.screenshot("journeys-page");
      browser.resize(1280, 900);
      MarketingUiTest.fitsAPhone(browser, "journeys-phone");

      browser.go("#/leads/" + waiting);
      browser.waitText(By.id("lead-journeys"), name);
      browser.waitText(By.id("lead-journeys"), "waiting");
      browser.waitText(By.id("lead-journeys"), "step 2: Branch on a condition");
      browser.script(
          "arguments[0].scrollIntoView()", browser.visible(By.id("lead-journeys-panel")));
      browser.screenshot("lead-journeys");

      browser.go("#/leads/" + unhappy);
      browser.waitText(By.id("lead-journeys"), "exited · A COMPLAINT touchpoint was recorded");
    }
  }

  @Test
  void shouldSpeakFrenchToMarketingAndStayHiddenFromSales() {
    People marketing = People.create("MARKETING");
    People sales = People.create("SALES");
    try (Browser browser = Browser.open(root.toString(), "fr")) {
      browser.login(marketing.email(), marketing.password());
      browser.click(By.linkText("Parcours de suivi"));
      browser.waitText(By.cssSelector("#main h1"), "Parcours de suivi");
      browser.choose(By.id("jr-steps-1-kind"), "BRANCH");
      browser.choose(By.id("jr-steps-1-condition-kind"), "SCORE_BELOW");
      browser.waitText(By.cssSelector("label[for='jr-steps-1-condition-score']"), "Score");
      browser.waitText(By.cssSelector("label[for='jr-steps-1-goTo']"), "Alors");
      assertEquals("terminer le parcours", selected(browser, "jr-steps-1-goTo"));
      browser.screenshot("journeys-fr");
    }
    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.go("#/journeys");
      browser.waitText(By.cssSelector("#main h1"), "Pipeline");
      assertTrue(browser.all(By.id("journey-form")).isEmpty());
      assertTrue(browser.all(By.linkText("Journeys")).isEmpty());
    }
  }

  private static String selected(Browser browser, String id) {
    return new Select(browser.visible(By.id(id))).getFirstSelectedOption().getText();
  }

  private static String value(Browser browser, String id) {
    return browser.visible(By.id(id)).getAttribute("value");
  }
}
