package io.parcours.webhook;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhook targets refused at subscription (400 problem+json) and at send time (a refused try in the
 * delivery log, nothing received). Names are answered by a test resolver; the only address ever
 * connected to is the loopback receiver's.
 */
@QuarkusTest
class WebhookTargetTest {

  private final List<String> subscriptions = new ArrayList<>();
  private Receiver receiver;

  @AfterEach
  void cleanUp() {
    subscriptions.forEach(id -> given().when().delete("/api/webhooks/" + id));
    if (receiver != null) {
      receiver.close();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://192.0.2.2:8080/api/leads",
        "http://198.51.100.7/hook",
        "http://203.0.113.9/hook",
        "http://192.88.99.1/hook",
        "http://[::127.0.0.1]/hook",
        "http://[::7f00:1]/hook",
        "http://[2002:7f00:1::1]/hook",
        "http://[64:ff9b::a00:1]/hook",
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook",
        "http://0x7f.1/hook"
      })
  void shouldRefuseAnAddressThatIsNotGloballyRoutable(String url) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
        .when()
        .post("/api/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Bad request"))
        .body("detail", equalTo("The request has invalid fields"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("url"))
        .body(
            "errors[0].message",
            org.hamcrest.Matchers.containsString("is not a globally routable address"));
  }

  @Test
  void shouldRefuseThisHostsOwnAddressAndAnUnknownNameAlike() {
    QuarkusMock.installMockForType(
        new Network() {
          @Override
          Set<InetAddress> ownAddresses() {
            return Set.of(TargetGuardTest.ip("8.8.8.8"));
          }
        },
        Network.class);
    refused("http://8.8.8.8/hook", "8.8.8.8 is an address of this host");
    refused("http://nowhere.invalid/hook", TargetGuard.NOT_GLOBAL_NAME);
    refused("http://localhost.:8080/hook", TargetGuard.NOT_GLOBAL_NAME);
  }

  @Test
  void shouldRefuseAtSendTimeANameThatNowResolvesInside() throws Exception {
    receiver = new Receiver();
    AtomicInteger lookups = new AtomicInteger();
    resolving(
        "hook.rebind.test",
        // Public for the subscription's check only; the receiver's loopback from then on.
        () -> lookups.getAndIncrement() == 0 ? TargetGuardTest.ip("8.8.8.8") : receiver.address());
    String subscription = subscribe("http://hook.rebind.test:" + receiver.port() + "/hook");
    String lead = createLeadId(Map.of());

    waitUntil(() -> "FAILED".equals(delivery(subscription, lead).getString("status")));

    JsonPath delivery = delivery(subscription, lead);
    assertEquals(5, delivery.getInt("attempts"));
    for (Map<String, Object> attempt : delivery.<Map<String, Object>>getList("log")) {
      assertEquals(
          "target refused: " + TargetGuard.NOT_GLOBAL_NAME, attempt.get("error"), "" + attempt);
      assertEquals(null, attempt.get("statusCode"));
      assertEquals(0, attempt.get("durationMs"));
    }
    assertEquals(List.of(), receiver.calls());
    assertTrue(lookups.get() >= 6);
  }

  @Test
  void shouldConnectToTheAddressItCheckedWithTheNameAsHost() throws Exception {
    receiver = new Receiver();
    // receiver.test is in no DNS: only a connection to the checked address can reach the receiver.
    resolving("receiver.test", receiver::address);
    String subscription = subscribe("http://receiver.test:" + receiver.port() + "/hook?x=1");
    String lead = createLeadId(Map.of());

    waitUntil(() -> "DELIVERED".equals(delivery(subscription, lead).getString("status")));

    Receiver.Call call = receiver.calls().get(0);
    assertEquals("/hook", call.path());
    assertEquals("receiver.test:" + receiver.port(), call.host());
  }

  @Test
  void shouldRecordAFailedConnectionInItsOwnWords() throws Exception {
    receiver = new Receiver();
    int closed = receiver.port();
    receiver.close();
    String subscription = subscribe("http://localhost:" + closed + "/hook");
    String lead = createLeadId(Map.of());

    waitUntil(() -> delivery(subscription, lead).getInt("attempts") >= 1);

    assertEquals("could not connect", delivery(subscription, lead).getString("log[0].error"));
  }

  private interface Answer {
    InetAddress get();
  }

  private static void resolving(String name, Answer answer) {
    QuarkusMock.installMockForType(
        new Network() {
          @Override
          InetAddress[] resolve(String host) throws UnknownHostException {
            return host.equals(name) ? new InetAddress[] {answer.get()} : super.resolve(host);
          }
        },
        Network.class);
  }

  private static void refused(String url, String message) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
        .when()
        .post("/api/webhooks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("url"))
        .body("errors[0].message", equalTo(message));
  }

  private String subscribe(String url) {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
            .when()
            .post("/api/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    subscriptions.add(id);
    return id;
  }

  private static JsonPath delivery(String subscription, String lead) {
    List<Map<String, Object>> items =
        given()
            .queryParam("limit", 200)
            .when()
            .get("/api/webhooks/" + subscription + "/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    Map<String, Object> found =
        items.stream().filter(d -> lead.equals(d.get("leadId"))).findFirst().orElse(Map.of());
    return JsonPath.from(
        new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString());
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("condition not met within 20 s");
      }
      Thread.sleep(100);
    }
  }
}
