package io.parcours.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Email templates and the A/B results, as marketing uses them in a real browser. */
@QuarkusTest
class MarketingUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldWriteATemplateAndPreviewItForALead() {
    People marketing = People.create("MARKETING");
    String token = BoardUiTest.token();
    String lead = marketing.lead(Map.of("firstName", "Noemie", "lastName", token));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.click(By.linkText("Email templates"));
      browser.waitText(By.cssSelector("#main h1"), "Email templates");
      browser.type(By.id("tpl-name"), "Welcome " + token);
      browser.type(By.id("tpl-en-subject"), "Hello {lead.firstName}");
      browser.type(By.id("tpl-en-html"), "<h1>Dear {lead.fullName}</h1>\n<p>Welcome.</p>");
      browser.type(By.id("tpl-en-text"), "Dear {lead.fullName},\nwelcome.");
      browser.click(By.cssSelector("#template-form button[type=submit]"));
      browser.waitText(By.id("templates"), "Welcome " + token);

      browser.type(By.id("tpl-name"), "Broken " + token);
      browser.type(By.id("tpl-en-subject"), "Hello");
      browser.type(By.id("tpl-en-html"), "<p>Hello</p>\n<p>{#if lead.company}from</p>\n<p>Bye</p>");
      browser.type(By.id("tpl-en-text"), "Hello");
      browser.click(By.cssSelector("#template-form button[type=submit]"));
      browser.waitText(By.id("template-message"), "locales.en.html is not valid at line 3");
      assertEquals("true", browser.visible(By.id("tpl-en-html")).getAttribute("aria-invalid"));
      assertEquals("Broken " + token, browser.visible(By.id("tpl-name")).getAttribute("value"));

      new Select(browser.visible(By.id("preview-template")))
          .selectByVisibleText("Welcome " + token);
      browser.type(By.id("preview-q"), token);
      browser.click(By.cssSelector("#preview-find button"));
      browser.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("#preview-lead option[value='" + lead + "']")));
      browser.choose(By.id("preview-lead"), lead);
      browser.click(By.cssSelector("#preview-form button[type=submit]"));
      browser.waitText(By.id("preview-subject"), "Hello Noemie");
      browser.waitText(By.id("preview-text"), "Dear Noemie " + token + ",\nwelcome.");
      WebElement frame = browser.visible(By.id("preview-html"));
      assertEquals("", frame.getAttribute("sandbox"), "the HTML runs in a sandbox");
      browser.driver.switchTo().frame(frame);
      browser.waitText(By.tagName("h1"), "Dear Noemie " + token);
      browser.driver.switchTo().defaultContent();
      browser.resize(1280, 1900);
      browser.screenshot("email-templates");
      fitsAPhone(browser, "email-templates-phone");
    }
  }

  @Test
  void shouldShowEachVariantGroupAndWhetherItHasEnoughData() {
    People marketing = People.create("MARKETING");
    String token = BoardUiTest.token();
    String persona = Fixtures.createPersona("Tester");
    String quiet = "ui-quiet-" + token;
    MarketingData.variant(quiet, "Quiet A " + token, persona);
    MarketingData.variant(quiet, "Quiet B " + token, persona);
    String group = "ui-ab-" + token;
    String control = MarketingData.variant(group, "Control " + token, persona);
    String challenger = MarketingData.variant(group, "Challenger " + token, persona);
    for (int i = 0; i < 4; i++) {
      MarketingData.received(control, token, i < 1);
      MarketingData.received(challenger, token, i < 3);
    }

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.click(By.linkText("A/B results"));
      By section = By.cssSelector("section[data-group='" + group + "']");
      browser.waitText(section, "Not enough data yet");
      assertEquals(
          List.of("Control " + token + " control", "4", "1", "25%"), cells(browser, section, 0));
      assertEquals(
          List.of("Challenger " + token + " challenger", "4", "3", "75%"),
          cells(browser, section, 1));
      WebElement results = browser.visible(section).findElement(By.className("ab-results"));
      assertEquals("+200%", result(results, "lift"));
      assertEquals("+50 pts", result(results, "difference"));
      assertTrue(result(results, "ci").matches("-?[\\d.]+ pts to \\+[\\d.]+ pts"));
      assertEquals("0.16", result(results, "pValue"));
      browser.waitText(section, "Provisional");

      By empty = By.cssSelector("section[data-group='" + quiet + "']");
      browser.waitText(empty, "No comparison yet");
      browser.waitText(empty, "Not enough data yet");
      assertTrue(browser.visible(empty).findElements(By.className("ab-results")).isEmpty());
      browser.script("arguments[0].scrollIntoView()", browser.visible(section));
      browser.screenshot("ab-results");
      fitsAPhone(browser, "ab-results-phone");
    }
  }

  @Test
  void shouldNotShowTheEmailAndAbPagesToSales() {
    People sales = People.create("SALES");
    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.waitText(By.cssSelector("#main h1"), "Pipeline");
      List<String> nav =
          browser.all(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
      assertFalse(nav.contains("Email templates"), nav.toString());
      assertFalse(nav.contains("A/B results"), nav.toString());
      assertTrue(nav.contains("Pipeline"), nav.toString());

      browser.go("#/email-templates");
      browser.waitText(By.cssSelector("#main h1"), "Pipeline");
      assertTrue(browser.all(By.id("template-form")).isEmpty());
    }
  }

  /** At a phone's width the page scrolls only down: wide tables scroll inside their frame. */
  static void fitsAPhone(Browser browser, String screenshot) {
    browser.resize(390, 844);
    browser.until(d -> browser.script("return window.innerWidth").equals(390L));
    browser.screenshot(screenshot);
    assertEquals(
        0L,
        browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"));
    browser.resize(1280, 900);
  }

  private static By rowButton(String name, String kind) {
    return By.xpath(
        "//table[@id='rules']//tr[td[1][text()='"
            + name
            + "']]//button[contains(@class, '"
            + kind
            + "')]");
  }

  private static String result(WebElement results, String name) {
    return results.findElement(By.cssSelector("[data-result='" + name + "']")).getText();
  }

  /** The cells of the row whose first cell is {@code name}. */
  private static List<String> cells(Browser browser, String table, String name) {
    return browser.until(
        d ->
            d
                .findElement(
                    By.xpath("//table[@id='" + table + "']//tr[td[1][text()='" + name + "']]"))
                .findElements(By.tagName("td"))
                .stream()
                .map(WebElement::getText)
                .toList());
  }

  private static List<String> cells(Browser browser, By section, int row) {
    return browser.until(
        d ->
            d
                .findElement(section)
                .findElements(By.cssSelector("tbody tr"))
                .get(row)
                .findElements(By.tagName("td"))
                .stream()
                .map(WebElement::getText)
                .toList());
  }
}
