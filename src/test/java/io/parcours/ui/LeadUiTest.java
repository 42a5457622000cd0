package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The lead page in a real browser: timeline, next best content, touchpoints, edit conflicts. */
@QuarkusTest
class LeadUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldShowTheTimelineAndAssignTheNextBestContent() {
    People sales = People.create("SALES");
    String token = BoardUiTest.token();
    String persona = Fixtures.createPersona("Buyer");
    String id =
        sales.lead(
            Map.of(
                "firstName", "Kim", "lastName", token, "stage", "DECISION", "personaId", persona));
    String content =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "Case study " + token,
                    "type",
                    "CASE_STUDY",
                    "stages",
                    List.of("DECISION"),
                    "personaIds",
                    List.of(persona)))
            .when()
            .post("/api/content")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.go("#/leads/" + id);
      browser.waitText(By.id("timeline"), "Decision");
      browser.click(By.cssSelector("li[data-content-id='" + content + "'] button.assign"));
      browser.waitText(By.id("timeline"), "Case study " + token);

      browser.choose(By.id("tp-type"), "MEETING");
      browser.type(By.id("tp-note"), "Met at the fair, wants a quote");
      browser.click(By.cssSelector("#touchpoint-form button[type=submit]"));
      browser.waitText(By.id("timeline"), "Met at the fair, wants a quote");
      browser.resize(1280, 1400);
      browser.screenshot("lead-page");
    }
    given()
        .when()
        .get("/api/leads/" + id + "/assignments")
        .then()
        .statusCode(200)
        .body("items.contentId", hasItem(content));
    given()
        .when()
        .get("/api/leads/" + id + "/timeline")
        .then()
        .body("items[0].data.type", equalTo("MEETING"))
        .body("items[0].data.note", equalTo("Met at the fair, wants a quote"));
  }

  @Test
  void shouldTellOfAConflictingChangeAndKeepTheUsersInput() {
    People sales = People.create("SALES");
    String id = sales.lead(Map.of("firstName", "Lea", "company", "Old name"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.go("#/leads/" + id);
      browser.visible(By.id("edit-company"));
      given()
          .contentType("application/merge-patch+json")
          .header("If-Match", Fixtures.etag(id))
          .body(Map.of("company", "Their name"))
          .when()
          .patch("/api/leads/" + id)
          .then()
          .statusCode(200);

      browser.type(By.id("edit-company"), "My name");
      browser.click(By.cssSelector("#edit-form button[type=submit]"));
      browser.waitText(By.id("edit-message"), "Someone else changed this lead");
      assertEquals("My name", browser.visible(By.id("edit-company")).getAttribute("value"));

      browser.click(By.id("edit-reload"));
      browser.waitText(By.id("details"), "Their name");
      assertEquals("My name", browser.visible(By.id("edit-company")).getAttribute("value"));
      browser.click(By.cssSelector("#edit-form button[type=submit]"));
      browser.waitText(By.id("details"), "My name");
    }
    given().when().get("/api/leads/" + id).then().body("company", equalTo("My name"));
  }
}
