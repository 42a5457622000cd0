package io.parcours.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What each user sees, in which language, and the analytics page with its filters. */
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
          List.of("Pipeline", "Personas", "Content library", "Content gaps", "Email outbox"),
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
  void shouldDrawTheAnalyticsOfOneSourceForMarketingOnly() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    String source = "ui-" + BoardUiTest.token();
    String persona = Fixtures.createPersona("Analytics");
    String ada = AnalyticsData.lead(source, persona);
    String ben = AnalyticsData.lead(source, persona);
    String cleo = AnalyticsData.lead(source, null);
    String dan = AnalyticsData.lead(source, null);
    for (String lead : List.of(ada, ben, cleo)) {
      AnalyticsData.visit(lead);
      AnalyticsData.move(lead, "REFLECTION");
    }
    AnalyticsData.move(ada, "DECISION");
    AnalyticsData.move(ben, "DECISION");
    AnalyticsData.move(ada, "CUSTOMER");
    AnalyticsData.visit(ada);
    Fixtures.moveTo(dan, "LOST", " Budget cut");
    // another source's lead, which the charts must leave out
    String other = AnalyticsData.lead(source + "-other", persona);
    AnalyticsData.visit(other);
    Fixtures.moveTo(other, "LOST", "Budget cut");
    People marketing = People.create("MARKETING");
    People sales = People.create("SALES");

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.click(By.linkText("Analytics"));
      browser.waitText(By.cssSelector("#main h1"), "Analytics");
      browser.type(By.id("filter-source"), source + Keys.ENTER);
      shown(browser, "source=" + source);
      // 4 reached DISCOVERY, 3 moved on; 3 REFLECTION, 2 on; 2 DECISION, 1 on; 1 CUSTOMER
      assertEquals("4 · 75 %", bar(browser, "chart-funnel", "DISCOVERY"));
      assertEquals("3 · 67 %", bar(browser, "chart-funnel", "REFLECTION"));
      assertEquals("2 · 50 %", bar(browser, "chart-funnel", "DECISION"));
      assertEquals("1 · 0 %", bar(browser, "chart-funnel", "CUSTOMER"));
      assertEquals("0 · 0 %", bar(browser, "chart-funnel", "LOYAL"));
      // stays that ended: all leads, then the persona's two
      assertEquals(
          List.of(
              "DISCOVERY",
              "DISCOVERY/" + persona,
              "REFLECTION",
              "REFLECTION/" + persona,
              "DECISION",
              "DECISION/" + persona),
          keys(browser, "chart-time"));
      assertTrue(bar(browser, "chart-time", "DISCOVERY").endsWith("leads: 4"));
      assertTrue(bar(browser, "chart-time", "REFLECTION").endsWith("leads: 2"));
      assertTrue(bar(browser, "chart-time", "DECISION/" + persona).endsWith("leads: 1"));
      browser.waitText(By.id("chart-time"), "Reflection · Analytics ");
      assertEquals(List.of("DISCOVERY"), keys(browser, "chart-drop-off"));
      assertEquals("1 · budget cut (1)", bar(browser, "chart-drop-off", "DISCOVERY"));
      assertEquals("3", heat(browser, "STORE", "DISCOVERY"));
      assertEquals("1", heat(browser, "STORE", "CUSTOMER"));
      browser.screenshot("analytics");

      browser.choose(By.id("filter-personaId"), persona);
      shown(browser, "personaId=" + persona + "&source=" + source);
      assertEquals("2 · 100 %", bar(browser, "chart-funnel", "DISCOVERY"));
      assertEquals("2 · 50 %", bar(browser, "chart-funnel", "DECISION"));
      browser.driver.navigate().refresh();
      shown(browser, "personaId=" + persona + "&source=" + source);
      assertEquals(source, browser.visible(By.id("filter-source")).getAttribute("value"));
      assertEquals(persona, browser.visible(By.id("filter-personaId")).getAttribute("value"));
      assertEquals("2 · 100 %", bar(browser, "chart-funnel", "DISCOVERY"));
      MarketingUiTest.fitsAPhone(browser, "analytics-phone");

      // a shared link to a period that ended before the leads were made shows none of them
      browser.go("#/analytics?to=" + before + "&source=" + source);
      shown(browser, "to=" + before + "&source=" + source);
      assertEquals(before.toString(), browser.visible(By.id("filter-to")).getAttribute("value"));
      assertEquals("0 · 0 %", bar(browser, "chart-funnel", "DISCOVERY"));
      browser.waitText(By.id("chart-drop-off"), "No data for this period.");

      browser.click(By.id("logout"));
      browser.login(sales.email(), sales.password());
      browser.go("#/personas");
      browser.waitText(By.cssSelector("#main h1"), "Personas");
      browser.go("#/analytics?source=" + source);
      browser.waitText(By.cssSelector("#main h1"), "Pipeline");
      assertTrue(browser.all(By.id("charts")).isEmpty(), "no analytics for sales");
    }
  }

  /** Waits until the charts show the reports for this query. */
  private static void shown(Browser browser, String query) {
    browser.visible(By.cssSelector("#charts[data-query='" + query + "']"));
  }

  /** The value written beside a bar, found by its key: a stage, or a stage and a persona. */
  private static String bar(Browser browser, String chart, String key) {
    return browser
        .visible(By.cssSelector("#" + chart + " li[data-key='" + key + "'] .value"))
        .getText();
  }

  private static List<String> keys(Browser browser, String chart) {
    return browser.all(By.cssSelector("#" + chart + " li")).stream()
        .map(li -> li.getAttribute("data-key"))
        .toList();
  }

  private static String heat(Browser browser, String channel, String stage) {
    return browser
        .visible(
            By.cssSelector(
                "#chart-channels tr[data-channel='"
                    + channel
                    + "'] td[data-stage='"
                    + stage
                    + "']"))
        .getText();
  }
}
