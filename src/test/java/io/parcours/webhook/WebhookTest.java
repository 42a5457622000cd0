package io.parcours.webhook;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.support.Poll;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> subscriptions = new ArrayList<>();
  private Receiver receiver;

  @AfterEach
  void cleanUp() {
    subscriptions.forEach(id -> given().when().delete("/api/webhooks/" + id));
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void shouldDeliverEachEventOnceSignedAndInOrderPerLead() throws Exception {
    receiver = new Receiver();
    String secret =
        subscribe(receiver.url(), List.of("lead.created", "lead.updated")).path("secret");
    List<String> leads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = createLeadId(Map.of());
      leads.add(id);
      for (String company : List.of("A", "B")) {
        given()
            .contentType("application/merge-patch+json")
            .header("If-Match", etag(id))
            .body(Map.of("company", company))
            .when()
            .patch("/api/leads/" + id)
            .then()
            .statusCode(200);
      }
    }

    waitUntil(() -> ofLeads(leads).size() >= 12);

    Map<String, List<String>> perLead = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Receiver.Call call : receiver.calls()) {
      assertTrue(Receiver.verified(call, secret), "bad signature on " + call.id());
      JsonNode event = JSON.readTree(call.body());
      if (leads.contains(event.path("leadId").asText())) {
        assertTrue(ids.add(call.id()), "received twice: " + call.id());
        perLead
            .computeIfAbsent(event.path("leadId").asText(), k -> new ArrayList<>())
            .add(
                event.path("type").asText()
                    + ":"
                    + event.path("data").path("changes").path("company").asText(""));
      }
    }
    for (String lead : leads) {
      assertEquals(List.of("lead.created:", "lead.updated:A", "lead.updated:B"), perLead.get(lead));
    }
  }

  @Test
  void shouldRetryAReceiverThatFailsThreeTimesUntilItTakesTheDelivery() throws Exception {
    receiver = new Receiver();
    receiver.answer(500, 503, 500);
    String subscription = subscribe(receiver.url(), List.of("lead.created")).path("id");
    String lead = createLeadId(Map.of());

    waitUntil(() -> "DELIVERED".equals(delivery(subscription, lead).getString("status")));

    JsonPath delivery = delivery(subscription, lead);
    assertEquals(List.of(500, 503, 500, 204), delivery.getList("log.statusCode"));
    assertEquals(4, delivery.getInt("attempts"));
    assertEquals(4, ofLeads(List.of(lead)).size());
    assertEquals(1, receiver.calls().stream().map(Receiver.Call::id).distinct().count());
  }

  @Test
  void shouldDisableTheSubscriptionWhenTheReceiverAnswers410() throws Exception {
    receiver = new Receiver();
    receiver.answer(410);
    String subscription = subscribe(receiver.url(), List.of("lead.created")).path("id");
    String lead = createLeadId(Map.of());

    waitUntil(() -> "FAILED".equals(delivery(subscription, lead).getString("status")));

    given()
        .when()
        .get("/api/webhooks/" + subscription)
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("disabledReason", equalTo("The receiver answered 410 Gone"))
        .body("secret", nullValue());
    assertEquals(410, delivery(subscription, lead).getInt("lastStatusCode"));
  }

  @Test
  void shouldNotFollowRedirectsAndRedeliverOnDemand() throws Exception {
    receiver = new Receiver();
    receiver.answer(302, 302, 302, 302, 302);
    String subscription = subscribe(receiver.url(), List.of("lead.created")).path("id");
    String lead = createLeadId(Map.of());

    waitUntil(() -> "FAILED".equals(delivery(subscription, lead).getString("status")));
    assertTrue(receiver.calls().stream().allMatch(c -> c.path().equals("/hook")));
    assertEquals(302, delivery(subscription, lead).getInt("lastStatusCode"));

    String deliveryId = delivery(subscription, lead).getString("id");
    given()
        .when()
        .post("/api/webhooks/" + subscription + "/deliveries/" + deliveryId + "/redeliver")
        .then()
        .statusCode(202)
        .body("status", equalTo("PENDING"));
    waitUntil(() -> "DELIVERED".equals(delivery(subscription, lead).getString("status")));
  }

  @Test
  void shouldRefuseTargetsInsideTheNetworkUnlessAllowListed() {
    for (String url :
        List.of(
            "http://127.0.0.1:8080/hook",
            "http://10.0.0.7/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hook",
            "ftp://example.com/hook")) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
          .when()
          .post("/api/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("url"));
    }
  }

  @Test
  void shouldKeepAGivenSecretAndRefuseUnknownEventTypes() throws Exception {
    receiver = new Receiver();
    String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "url", receiver.url(), "eventTypes", List.of("lead.created"), "secret", secret))
            .when()
            .post("/api/webhooks")
            .then()
            .statusCode(201)
            .body("secret", equalTo(secret))
            .extract()
            .path("id");
    subscriptions.add(id);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", receiver.url(), "eventTypes", List.of("lead.exploded")))
        .when()
        .post("/api/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("eventTypes"));
  }

  private io.restassured.response.ExtractableResponse<io.restassured.response.Response> subscribe(
      String url, List<String> types) {
    var created =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("url", url, "eventTypes", types))
            .when()
            .post("/api/webhooks")
            .then()
            .statusCode(201)
            .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
            .extract();
    subscriptions.add(created.path("id"));
    return created;
  }

  private List<Receiver.Call> ofLeads(List<String> leads) {
    return receiver.calls().stream()
        .filter(c -> leads.stream().anyMatch(c.body()::contains))
        .toList();
  }

  private static JsonPath delivery(String subscription, String lead) {
    JsonPath page =
        given()
            .queryParam("limit", 200)
            .when()
            .get("/api/webhooks/" + subscription + "/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new JsonPath(
        JSON.valueToTree(
                page.getList("items", Map.class).stream()
                    .filter(d -> lead.equals(d.get("leadId")))
                    .findFirst()
                    .orElse(Map.of()))
            .toString());
  }

  private static void waitUntil(BooleanSupplier condition) {
    Poll.until(condition::getAsBoolean, met -> met, Duration.ofSeconds(20));
  }
}
