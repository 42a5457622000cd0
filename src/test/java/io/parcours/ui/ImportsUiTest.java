package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The imports page in a real browser: upload with progress, the row report, the download. */
@QuarkusTest
class ImportsUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldUploadACsvWithBadRowsAndShowEachError() throws Exception {
    People marketing = People.create("MARKETING");
    String token = BoardUiTest.token();
    Path csv = Files.createTempFile("leads-", ".csv");
    Files.writeString(
        csv,
        "email,first_name,last_name,stage\n"
            + "ok-"
            + token
            + "@example.com,Ada,"
            + token
            + ",DECISION\n"
            + "not-an-email,Bob,"
            + token
            + ",DECISION\n"
            + "late-"
            + token
            + "@example.com,Cy,"
            + token
            + ",NOWHERE\n");

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(marketing.email(), marketing.password());
      browser.go("#/imports");
      browser.visible(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
      browser.click(By.cssSelector("#import-form button[type=submit]"));
      browser.waitText(By.id("import-status"), "Completed");
      assertEquals("100", browser.visible(By.id("import-sending")).getAttribute("value"));
      assertEquals("3", browser.visible(By.id("import-processing")).getAttribute("value"));
      assertEquals("1", browser.visible(By.id("import-created")).getText());
      assertEquals("2", browser.visible(By.id("import-rejected")).getText());
      browser.waitText(By.id("import-errors"), "email: is not an email address");
      browser.waitText(By.id("import-errors"), "stage: must be one of");
      String href = browser.visible(By.id("import-download")).getAttribute("href");
      assertTrue(href.endsWith("/rejected.csv"), href);
      browser.screenshot("imports-page");

      String download =
          given().when().get(href.replaceFirst("^https?://[^/]+", "")).then().extract().asString();
      assertTrue(download.contains("late-" + token + "@example.com,Cy," + token + ",NOWHERE,"));
    } finally {
      Files.deleteIfExists(csv);
    }
    given()
        .when()
        .get("/api/leads?q=ok-" + token)
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.equalTo(1));
  }
}
