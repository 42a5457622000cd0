package io.parcours.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.email.Dispatcher;
import io.parcours.email.OutboxEmail;
import io.parcours.email.OutboxStatus;
import io.parcours.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The outbox page in a real browser: an UNKNOWN email, its error, and its requeue. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class OutboxUiTest {

  @TestHTTPResource("/")
  URL root;

  @Inject Dispatcher dispatcher;

  @Test
  void shouldRequeueAnUnknownEmailAfterSayingWhatItRisks() {
    String address = "outbox-" + UUID.randomUUID() + "@example.com";
    String email = SendContentUiTest.oneOffEmail(address);
    // As a crash leaves it: handed to SMTP an hour ago, its outcome never recorded.
    Instant claimed = Instant.now().minus(Duration.ofHours(1));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEmail.update(
                    "status = ?1, claimedAt = ?2, handedOverAt = ?2 where id = ?3",
                    OutboxStatus.SENDING,
                    claimed,
                    UUID.fromString(email)));
    dispatcher.markAbandoned();
    given()
        .when()
        .get("/api/emails/" + email)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("UNKNOWN"));

    try (Browser browser = Browser.open(root.toString(), "en")) {
      People admin = People.admin();
      browser.login(admin.email(), admin.password());
      browser.go("#/outbox?status=UNKNOWN");
      By row = By.cssSelector("tr[data-email-id='" + email + "']");
      browser.waitText(row, "outcome unknown");
      browser.screenshot("outbox-page");
      browser.click(By.cssSelector("tr[data-email-id='" + email + "'] button.details"));
      browser.waitText(By.id("outbox-last-error"), "it may have been sent");
      browser.click(By.id("outbox-requeue"));
      browser.waitText(By.id("requeue-risk"), "may already have been delivered");
      browser.screenshot("outbox-requeue-confirmation");
      browser.click(By.id("requeue-ok"));
      browser.waitText(By.id("outbox-detail"), "pending");
    }
    given()
        .when()
        .get("/api/emails/" + email)
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("PENDING"))
        .body("reason", org.hamcrest.Matchers.equalTo("Requeued from UNKNOWN"));
    dispatcher.dispatch();
    assertEquals(1, MailServer.receivedBy(address).size());
  }
}
