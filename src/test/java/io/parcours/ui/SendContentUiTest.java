package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.email.Dispatcher;
import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A salesperson sends a case study from the lead page; the SMTP server receives it once. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class SendContentUiTest {

  static final Map<String, Object> GRANTED =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "trade fair");

  @TestHTTPResource("/")
  URL root;

  @Inject Dispatcher dispatcher;

  @Test
  void shouldSendACaseStudyToALeadFromItsPage() throws Exception {
    People sales = People.create("SALES");
    String token = BoardUiTest.token();
    String address = "send-" + UUID.randomUUID() + "@example.com";
    String lead =
        sales.lead(
            Map.of(
                "email", address,
                "firstName", "Noor",
                "lastName", token,
                "stage", "DECISION",
                "consent", GRANTED));
    String title = "Case study " + token;
    String content = caseStudy(title);

    try (Browser browser = Browser.open(root.toString(), "en")) {
      browser.login(sales.email(), sales.password());
      browser.go("#/leads/" + lead);
      browser.choose(By.id("send-type"), "CASE_STUDY");
      browser.visible(By.cssSelector("#send-content option[value='" + content + "']"));
      browser.choose(By.id("send-content"), content);
      browser.click(By.id("send-submit"));
      browser.waitText(By.id("send-message"), "In the outbox");
      browser.waitText(By.id("timeline"), title);
      dispatcher.dispatch();
      browser.go("#/board");
      browser.go("#/leads/" + lead);
      browser.waitText(By.id("timeline"), "sent");
      browser.resize(1280, 1500);
      browser.screenshot("lead-send-content");
    }
    List<MimeMessage> received = MailServer.receivedBy(address);
    assertEquals(1, received.size());
    assertEquals(title, received.get(0).getSubject());
  }

  static String caseStudy(String title) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                title,
                "type",
                "CASE_STUDY",
                "stages",
                List.of("DECISION"),
                "url",
                "https://example.com/cases/" + UUID.randomUUID()))
        .when()
        .post("/api/content")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A one-off email to a new lead at this address, pending in the outbox; answers its id. */
  static String oneOffEmail(String address) {
    String lead =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("email", address, "stage", "DECISION", "consent", GRANTED))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("contentId", caseStudy("Case study for " + address)))
        .when()
        .post("/api/leads/" + lead + "/emails")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
