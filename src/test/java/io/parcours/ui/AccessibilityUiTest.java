package io.parcours.ui;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Every page of the app, in French and English, wide and narrow, checked with axe-core. */
@QuarkusTest
class AccessibilityUiTest {

  static final List<String> PAGES =
      List.of(
          "board",
          "personas",
          "content",
          "gaps",
          "journeys",
          "email-templates",
          "analytics",
          "ab-tests",
          "imports",
          "outbox",
          "users",
          "api-keys",
          "webhooks",
          "settings");

  static final int[] WIDTHS = {1280, 390};

  @TestHTTPResource("/")
  URL root;

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void shouldHaveNoSeriousViolationOnAnyPage(String lang) {
    People admin = People.admin();
    String lead = admin.lead(Map.of("firstName", "Axe", "lastName", "Check", "company", "Acme"));
    try (Browser browser = Browser.open(root.toString(), lang)) {
      for (int width : WIDTHS) {
        browser.resize(width, 900);
        browser.go("#/login");
        browser.visible(By.id("login-form"));
        Axe.check(browser, "login " + lang + " " + width);
      }
      browser.login(admin.email(), admin.password());
      for (int width : WIDTHS) {
        browser.resize(width, 900);
        for (String page : PAGES) {
          show(browser, "#/" + page);
          Axe.check(browser, page + " " + lang + " " + width);
          browser.screenshot("page-" + page + "-" + lang + "-" + width);
        }
        show(browser, "#/leads/" + lead);
        Axe.check(browser, "lead " + lang + " " + width);
      }
    }
  }

  /** Shows a page once it is rendered: the one before it is taken away first. */
  private static void show(Browser browser, String hash) {
    browser.script(
        "document.getElementById('main').replaceChildren();"
            + " if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));"
            + " else location.hash = arguments[0];",
        hash);
    try {
      browser.visible(By.cssSelector("#main h1"));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("unrendered");
      throw new AssertionError(
          hash + " shows no heading: " + browser.script("return document.body.innerText"), e);
    }
  }
}
