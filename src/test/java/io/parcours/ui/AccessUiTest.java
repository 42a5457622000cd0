package io.parcours.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What each user sees, in which language, and the analytics page. */
@QuarkusTest
class AccessUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldNotShowASalespersonAnotherSalespersonsLead() {
    People mine = People.create("SALES");
    People other = People.create("SALES");
    String token = BoardUiTest.token();
    mine.lead(Map.of("firstName", "Ines", "lastName", token));
    String theirs = other.lead(Map.of("firstName", "Jules", "lastName", token));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(mine.email(), mine.password());
      BoardUiTest.search(browser, token, 1);
      assertEquals(List.of("Ines " + token), BoardUiTest.names(browser, "DISCOVERY"));
      assertTrue(browser.all(By.id("filter-ownerId")).isEmpty(), "no owner filter for sales");
      assertEquals(
          List.of("Pipeline", "Personas", "Content library", "Content gaps"),
          browser.all(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList());

      browser.go("#/leads/" + theirs);
      browser.waitText(By.cssSelector("#main .error"), "does not exist");
    }
  }

  @Test
  void shouldSpeakTheBrowsersLanguageAndSwitchToEnglish() {
    People marketing = People.create("MARKETING");
    try (Browser browser = Browser.open(root.toString(), "fr")) {
      browser.go("");
      browser.waitText(By.cssSelector("#login-form h1"), "Connexion");
      browser.login(marketing.email(), marketing.password());
      browser.waitText(By.cssSelector("section[data-stage='DISCOVERY'] .stage-name"), "Découverte");
      assertEquals("fr", browser.script("return document.documentElement.lang"));

      browser.choose(By.id("lang"), "en");
      browser.waitText(By.cssSelector("section[data-stage='DISCOVERY'] .stage-name"), "Discovery");
      browser.waitText(By.id("logout"), "Log out");
      browser.driver.navigate().refresh();
      browser.waitText(By.cssSelector("section[data-stage='LOST'] .stage-name"), "Lost");
      assertEquals("en", browser.script("return document.documentElement.lang"));
    }
  }

  @Test
  void shouldDrawTheAnalyticsPageForMarketingOnly() {
    People marketing = People.create("MARKETING");
    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.click(By.linkText("Analytics"));
      browser.waitText(By.cssSelector("#main h1"), "Analytics");
      assertEquals(4, browser.all(By.cssSelector(".charts figure.chart")).size());

      // The analytics endpoints are built separately: until they are served here, the page is
      // drawn from answers of their agreed shape, given to the page's own fetch.
      browser.script(
          """
          const answers = {
            'funnel': {stages: [{stage: 'DISCOVERY', reached: 120, advanced: 60, conversion: 0.5},
                                {stage: 'REFLECTION', reached: 60, advanced: 30, conversion: 0.5},
                                {stage: 'DECISION', reached: 30, advanced: 12, conversion: 0.4}]},
            'time-in-stage': {stages: [{stage: 'DISCOVERY', personaId: null, leads: 120,
                                        medianSeconds: 432000, p90Seconds: 1728000}]},
            'drop-off': {stages: [{stage: 'DECISION', lost: 9,
                                   reasons: [{reason: 'price', count: 6}]}]},
            'channels': {rows: [{channel: 'EMAIL', stage: 'DISCOVERY', touchpoints: 40},
                                {channel: 'STORE', stage: 'DECISION', touchpoints: 7}]}};
          const real = window.fetch;
          window.fetch = (path, init) => {
            const name = String(path).replace('/api/analytics/', '');
            return answers[name]
              ? Promise.resolve(new Response(JSON.stringify(answers[name]), {status: 200}))
              : real(path, init);
          };
          location.hash = '#/board';
          """);
      browser.waitText(By.cssSelector("#main h1"), "Pipeline");
      browser.click(By.linkText("Analytics"));
      browser.visible(By.cssSelector("#chart-funnel svg"));
      assertEquals(3, browser.all(By.cssSelector("#chart-funnel rect")).size());
      browser.waitText(By.id("chart-funnel"), "120 · 50 %");
      browser.waitText(By.id("chart-time"), "5 d (p90 20 d)");
      browser.waitText(By.id("chart-drop-off"), "price (6)");
      browser.waitText(By.id("chart-channels"), "40");
      browser.screenshot("analytics");
    }
  }
}
