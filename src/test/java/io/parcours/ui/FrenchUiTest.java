package io.parcours.ui;

import static io.parcours.support.TouchpointFixtures.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The French UI names every code it shows in French: no API code reaches the page as it is. */
@QuarkusTest
class FrenchUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldShowNoUntranslatedCodeInFrench() {
    People sales = People.create("SALES");
    String token = BoardUiTest.token();
    String lead =
        sales.lead(
            Map.of(
                "firstName",
                "Zoé",
                "lastName",
                token,
                "stage",
                "REFLECTION",
                "consent",
                SendContentUiTest.GRANTED));
    Fixtures.moveTo(lead, "DECISION", "prêt à choisir");
    touch(lead, "SUPPORT_REQUEST");
    touch(lead, "CART_ABANDONED");
    SendContentUiTest.caseStudy("Étude " + token);
    SendContentUiTest.oneOffEmail("fr-" + UUID.randomUUID() + "@example.com");

    List<String> found = new ArrayList<>();
    try (Browser browser = Browser.open(root.toString(), "fr")) {
      People admin = People.admin();
      browser.login(admin.email(), admin.password());
      for (String page :
          List.of(
              "#/board",
              "#/leads/" + lead,
              "#/content",
              "#/gaps",
              "#/outbox",
              "#/imports",
              "#/analytics",
              "#/personas")) {
        browser.go(page);
        browser.visible(By.cssSelector("#main h1"));
        browser.until(d -> browser.all(By.cssSelector("#main .error:not(:empty)")).isEmpty());
        pause();
        String text = (String) browser.script("return document.getElementById('main').innerText");
        codesIn(text).forEach(c -> found.add(page + " " + c));
        if (page.startsWith("#/leads/")) {
          browser.screenshot("lead-page-fr");
        }
      }
      browser.go("#/outbox");
      browser.visible(By.cssSelector("#outbox tbody tr"));
      browser.screenshot("outbox-page-fr");
    }
    assertEquals(List.of(), found);
  }

  /**
   * Codes of the enums the UI labels, found as whole words in the text; roles aside, which the
   * header shows and the test users' names hold ("SALES 1a2b3c").
   */
  static List<String> codesIn(String text) {
    return LabelsTest.CODES.entrySet().stream()
        .filter(e -> !e.getKey().equals("role"))
        .flatMap(e -> Arrays.stream(e.getValue().getEnumConstants()))
        .map(Enum::name)
        .distinct()
        .filter(code -> Pattern.compile("\\b" + code + "\\b").matcher(text).find())
        .toList();
  }

  @Test
  void shouldFindACodeLeftAsItIs() {
    assertEquals(List.of("CASE_STUDY"), codesIn("Étude de cas · CASE_STUDY"));
  }

  private static void pause() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
