package io.parcours.ui;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.parcours.support.Poll;
import io.parcours.support.TestAuth;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The webhooks page: subscribe, watch and resend deliveries, rotate the signing secret. */
@QuarkusTest
class WebhooksUiTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void shouldSubscribeRedeliverAndRotateTheSecretFromThePage() throws Exception {
    try (Receiver receiver = new Receiver();
        Browser browser = Browser.open(root.toString(), "en")) {
      String url = receiver.url();
      browser.login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD);
      browser.go("#/webhooks");
      browser.type(By.id("hook-url"), url);
      browser.click(By.cssSelector("#hook-form input[value='lead.created']"));
      browser.click(By.id("hook-submit"));
      String secret = browser.visible(By.id("hook-secret")).getDomProperty("value");
      assertTrue(secret.startsWith("whsec_"), secret);
      browser.waitText(By.id("webhooks"), url);
      browser.screenshot("webhooks-created");
      String id = subscriptionOf(url);
      try {
        String lead = createLeadId(Map.of());
        Receiver.Call first = receiver.await(lead, 1).get(0);
        assertTrue(first.signedWith(secret), first.signature());

        browser.driver.navigate().refresh();
        browser.waitText(By.id("webhooks"), url);
        assertTrue(browser.all(By.id("hook-secret")).isEmpty());
        assertFalse(browser.driver.getPageSource().contains(secret), "the secret is gone");
        redeliver(browser, url, id);
        browser.screenshot("webhooks-deliveries");
        assertTrue(receiver.await(lead, 2).get(1).signedWith(secret));

        browser.click(By.cssSelector("button[aria-label='Rotate secret " + url + "']"));
        accept(browser, "the old secret keeps signing");
        String rotated = browser.visible(By.id("hook-secret")).getDomProperty("value");
        assertNotEquals(secret, rotated);
        assertTrue(rotated.startsWith("whsec_"), rotated);
        browser.waitText(By.id("webhooks"), "old secret signs until");
        browser.screenshot("webhooks-rotated");
        redeliver(browser, url, id);
        Receiver.Call during = receiver.await(lead, 3).get(2);
        assertTrue(during.signedWith(rotated) && during.signedWith(secret), during.signature());

        browser.driver.navigate().refresh();
        browser.waitText(By.id("webhooks"), "old secret signs until");
        assertFalse(browser.driver.getPageSource().contains(rotated), "the new secret is gone");
        browser.click(By.cssSelector("button[aria-label='End overlap " + url + "']"));
        accept(browser, "refuse every delivery");
        browser.waitText(By.id("toast"), "Only the new secret signs now");
        browser.until(d -> !d.findElement(By.id("webhooks")).getText().contains("signs until"));
        assertTrue(browser.all(By.cssSelector("button[aria-label^='End overlap']")).isEmpty());
        browser.screenshot("webhooks-overlap-ended");
        assertNull(
            given()
                .get("/api/webhooks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("previousSecretUntil"));
        redeliver(browser, url, id);
        Receiver.Call after = receiver.await(lead, 4).get(3);
        assertTrue(after.signedWith(rotated) && !after.signedWith(secret), after.signature());
      } finally {
        given().delete("/api/webhooks/" + id).then().statusCode(204);
      }
    }
  }

  /** Opens the subscription's deliveries, checks the first is listed as delivered, resends it. */
  private static void redeliver(Browser browser, String url, String id) {
    Poll.until(() -> status(id), "DELIVERED"::equals, Duration.ofSeconds(20));
    browser.click(By.cssSelector("button[aria-label='Deliveries " + url + "']"));
    browser.waitText(By.id("webhook-deliveries"), "lead.created");
    String row = browser.visible(By.cssSelector("#webhook-deliveries tbody tr")).getText();
    assertTrue(row.contains("DELIVERED") && row.contains("204"), row);
    browser.click(By.cssSelector("#webhook-deliveries tbody tr button"));
    browser.waitText(By.id("toast"), "Queued again");
  }

  private static void accept(Browser browser, String saying) {
    Alert alert = browser.until(ExpectedConditions.alertIsPresent());
    assertTrue(alert.getText().contains(saying), alert.getText());
    alert.accept();
  }

  private static String subscriptionOf(String url) {
    List<Map<String, Object>> items =
        given()
            .get("/api/webhooks?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(s -> url.equals(s.get("url")))
        .map(s -> (String) s.get("id"))
        .findFirst()
        .orElseThrow();
  }

  private static String status(String id) {
    return given()
        .get("/api/webhooks/" + id + "/deliveries?limit=10")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].status");
  }

  /** A subscriber's endpoint on the loopback interface that keeps every call and answers 204. */
  private static final class Receiver implements AutoCloseable {

    record Call(String id, String timestamp, String signature, String body) {

      boolean signedWith(String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] signed =
            mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        String expected = "v1," + Base64.getEncoder().encodeToString(signed);
        return List.of(signature.split(" ")).contains(expected);
      }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            var h = exchange.getRequestHeaders();
            calls.add(
                new Call(
                    h.getFirst("webhook-id"),
                    h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();
    }

    String url() {
      return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** The calls about a lead, once there are at least {@code count}. */
    List<Call> await(String lead, int count) {
      List<Call> about =
          Poll.until(
              () -> calls.stream().filter(c -> c.body().contains(lead)).toList(),
              found -> found.size() >= count,
              Duration.ofSeconds(20));
      assertEquals(count, about.size(), "one call per delivery");
      return about;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
