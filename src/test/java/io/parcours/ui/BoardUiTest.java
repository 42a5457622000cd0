package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pipeline board in a real browser: columns, totals, moves by list and by drag, refusals. */
@QuarkusTest
class BoardUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldShowTheSeededLeadsPerStageWithCountAndValue() {
    People sales = People.create("SALES");
    String token = token();
    sales.lead(Map.of("firstName", "Anna", "lastName", token, "stage", "DISCOVERY"));
    sales.lead(Map.of("firstName", "Bruno", "lastName", token, "stage", "DISCOVERY"));
    sales.lead(
        Map.of("firstName", "Chloe", "lastName", token, "stage", "DECISION", "dealValue", 1200));
    sales.lead(
        Map.of("firstName", "Denis", "lastName", token, "stage", "DECISION", "dealValue", 800));
    sales.lead(Map.of("firstName", "Emma", "lastName", token, "stage", "CUSTOMER"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      search(browser, token, 5);

      assertEquals(List.of("Anna " + token, "Bruno " + token), names(browser, "DISCOVERY"));
      assertEquals(List.of("Chloe " + token, "Denis " + token), names(browser, "DECISION"));
      assertEquals(List.of("Emma " + token), names(browser, "CUSTOMER"));
      assertEquals(List.of(), names(browser, "REFLECTION"));
      assertEquals("2", count(browser, "DECISION"));
      assertEquals(
          "2,000", column(browser, "DECISION").findElement(By.className("value")).getText());
      assertEquals(
          "Discovery",
          column(browser, "DISCOVERY").findElement(By.className("stage-name")).getText());
      browser.screenshot("board-1280");
      browser.resize(390, 844);
      browser.screenshot("board-phone");

      // The search is kept in the address: a reload shows the same board.
      browser.driver.navigate().refresh();
      browser.visible(By.cssSelector("#board[data-query*='q=" + token + "']"));
      assertEquals(token, browser.visible(By.id("filter-q")).getAttribute("value"));
      assertEquals(5, browser.all(By.cssSelector("#board article.card")).size());
    }
  }

  @Test
  void shouldMoveALeadWithTheMoveToListAndShowTheChangeInItsHistory() {
    People sales = People.create("SALES");
    String token = token();
    String id = sales.lead(Map.of("firstName", "Flore", "lastName", token, "stage", "DISCOVERY"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      search(browser, token, 1);
      browser.choose(moveTo(id), "REFLECTION");
      browser.until(d -> names(browser, "REFLECTION").equals(List.of("Flore " + token)));
      assertEquals("0", count(browser, "DISCOVERY"));

      browser.click(By.cssSelector("article[data-lead-id='" + id + "'] a.lead-link"));
      browser.waitText(By.id("timeline"), "Discovery → Reflection");
    }
    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[-1].to", org.hamcrest.Matchers.equalTo("REFLECTION"))
        .body("items[-1].actor.type", org.hamcrest.Matchers.equalTo("USER"))
        .body("items[-1].actor.id", org.hamcrest.Matchers.equalTo(sales.session().userId()));
  }

  @Test
  void shouldMoveADraggedCardAndAskForTheReasonOfARegression() {
    People sales = People.create("SALES");
    String token = token();
    String id = sales.lead(Map.of("firstName", "Gaston", "lastName", token, "stage", "DECISION"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      search(browser, token, 1);
      // HTML5 drag and drop, dispatched as the browser would: WebDriver's own drag does not fire
      // it.
      browser.script(
          """
          const card = document.querySelector(`article[data-lead-id='${arguments[0]}']`);
          const column = document.querySelector("section[data-stage='REFLECTION']");
          const data = new DataTransfer();
          card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
          column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
          column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
          card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
          """,
          id);
      browser.type(By.id("reason-text"), "Wants to compare offers again");
      browser.click(By.id("reason-ok"));
      browser.until(d -> names(browser, "REFLECTION").equals(List.of("Gaston " + token)));
    }
    given()
        .when()
        .get("/api/leads/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[-1].to", org.hamcrest.Matchers.equalTo("REFLECTION"))
        .body("items[-1].kind", org.hamcrest.Matchers.equalTo("REGRESSION"))
        .body("items[-1].reason", org.hamcrest.Matchers.equalTo("Wants to compare offers again"));
  }

  @Test
  void shouldRefuseAnIllegalMoveAndShowTheServersReason() {
    People sales = People.create("SALES");
    String token = token();
    String id = sales.lead(Map.of("firstName", "Hugo", "lastName", token, "stage", "CUSTOMER"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      search(browser, token, 1);
      browser.choose(moveTo(id), "DISCOVERY");
      browser.waitText(By.id("board-error"), "A lead cannot move from CUSTOMER to DISCOVERY");
      browser.until(d -> names(browser, "CUSTOMER").equals(List.of("Hugo " + token)));
    }
    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .body("stage", org.hamcrest.Matchers.equalTo("CUSTOMER"));
  }

  static String token() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** Searches the board and waits until it shows that many cards. */
  static void search(Browser browser, String q, int cards) {
    browser.type(By.id("filter-q"), q);
    browser.visible(By.cssSelector("#board[data-query*='q=" + q + "']"));
    assertEquals(cards, browser.all(By.cssSelector("#board article.card")).size());
  }

  static WebElement column(Browser browser, String stage) {
    return browser.visible(By.cssSelector("section[data-stage='" + stage + "']"));
  }

  /** Read again if the board re-renders meanwhile. */
  static String count(Browser browser, String stage) {
    return browser.until(d -> column(browser, stage).findElement(By.className("count")).getText());
  }

  static List<String> names(Browser browser, String stage) {
    return browser.until(
        d ->
            column(browser, stage).findElements(By.cssSelector("article.card h3")).stream()
                .map(WebElement::getText)
                .toList());
  }

  static By moveTo(String leadId) {
    return By.cssSelector("article[data-lead-id='" + leadId + "'] select.move-to");
  }
}
