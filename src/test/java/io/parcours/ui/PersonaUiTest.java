package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The whole persona form, and the board's persona filter searching the API by name. */
@QuarkusTest
class PersonaUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldSaveEveryAttributeOfAPersonaAndShowIt() {
    People marketing = People.create("MARKETING");
    String name = "Young family " + BoardUiTest.token();

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.go("#/personas");
      browser.type(By.id("persona-name"), name);
      browser.type(By.id("persona-ageMin"), "28");
      browser.type(By.id("persona-ageMax"), "40");
      browser.type(By.id("persona-profession"), "Nurse");
      browser.type(By.id("persona-incomeBand"), "30-45 k€");
      browser.type(By.id("persona-education"), "Bachelor");
      browser.type(By.id("persona-values"), "Safety\nValue for money");
      browser.type(By.id("persona-goals"), "A bigger car");
      browser.type(By.id("persona-painPoints"), "No time to compare");
      browser.click(By.cssSelector("#persona-channels input[value=MOBILE_APP]"));
      browser.click(By.cssSelector("#persona-channels input[value=STORE]"));
      browser.click(By.cssSelector("#persona-form button[type=submit]"));
      browser.waitText(By.id("personas"), name);
      browser.waitText(By.id("personas"), "28 to 40");
      browser.waitText(By.id("personas"), "Safety · Value for money");
      browser.waitText(By.id("personas"), "store, mobile app");
      browser.resize(1280, 1400);
      browser.screenshot("personas-page");
    }
    given()
        .queryParam("q", name)
        .when()
        .get("/api/personas")
        .then()
        .body("items[0].ageMin", equalTo(28))
        .body("items[0].incomeBand", equalTo("30-45 k€"))
        .body("items[0].values", contains("Safety", "Value for money"))
        .body("items[0].painPoints", contains("No time to compare"))
        .body("items[0].preferredChannels", contains("STORE", "MOBILE_APP"));
  }

  @Test
  void shouldFilterTheBoardByAPersonaFoundByName() {
    People sales = People.create("SALES");
    String token = BoardUiTest.token();
    String persona = Fixtures.createPersona("Board search " + token);
    String personaName =
        given().when().get("/api/personas/" + persona).then().extract().path("name");
    sales.lead(Map.of("firstName", "With", "lastName", token, "personaId", persona));
    sales.lead(Map.of("firstName", "Without", "lastName", token));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.go("#/board?q=" + token);
      browser.visible(By.cssSelector("#board[data-query*='q=" + token + "']"));
      assertEquals(2, browser.all(By.cssSelector("#board .card")).size());
      browser.type(By.id("filter-persona"), "search " + token);
      browser.until(
          d ->
              browser.all(By.cssSelector("#filter-persona-options option")).stream()
                  .anyMatch(o -> personaName.equals(o.getAttribute("value"))));
      browser.type(By.id("filter-persona"), personaName);
      browser.visible(By.cssSelector("#board[data-query*='personaId=" + persona + "']"));
      List<String> names =
          browser.all(By.cssSelector("#board .card h3")).stream().map(e -> e.getText()).toList();
      assertEquals(List.of("With " + token), names);
      browser.waitText(By.cssSelector("#board .card .persona"), personaName);
    }
  }
}
