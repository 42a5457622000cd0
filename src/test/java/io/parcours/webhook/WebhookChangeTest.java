package io.parcours.webhook;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.Poll;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A subscription changed in place, and its secret rotated with two signatures meanwhile. */
@QuarkusTest
class WebhookChangeTest {

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
  void shouldChangeASubscriptionOnlyAtTheVersionRead() throws Exception {
    receiver = new Receiver();
    String id = subscribe(receiver.url()).path("id");
    String read = etag(id);

    patch(id, null, Map.of("description", "x"))
        .statusCode(428)
        .contentType("application/problem+json");
    patch(id, "\"99\"", Map.of("description", "x"))
        .statusCode(412)
        .contentType("application/problem+json");
    String changed =
        patch(
                id,
                read,
                Map.of(
                    "eventTypes",
                    List.of("lead.stage_changed"),
                    "filters",
                    Map.of("to", List.of("CUSTOMER")),
                    "active",
                    false))
            .statusCode(200)
            .body("eventTypes", contains("lead.stage_changed"))
            .body("filters.to", contains("CUSTOMER"))
            .body("active", equalTo(false))
            .body("secret", nullValue())
            .extract()
            .header("ETag");
    patch(id, read, Map.of("active", true)).statusCode(412);
    patch(id, changed, Map.of("active", true, "filters", Map.of()))
        .statusCode(200)
        .body("active", equalTo(true))
        .body("disabledAt", nullValue())
        .body("filters.size()", equalTo(0));
  }

  @Test
  void shouldCheckAChangedUrlAsANewOne() throws Exception {
    receiver = new Receiver();
    String id = subscribe(receiver.url()).path("id");
    for (String url :
        List.of("http://10.0.0.7/hook", "http://169.254.169.254/latest", "file:///etc/passwd")) {
      patch(id, etag(id), Map.of("url", url))
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("url"));
    }
    given().when().get("/api/webhooks/" + id).then().body("url", equalTo(receiver.url()));
  }

  @Test
  void shouldSignWithBothSecretsDuringTheOverlapThenWithTheNewOne() throws Exception {
    receiver = new Receiver();
    var created = subscribe(receiver.url());
    String id = created.path("id");
    String old = created.path("secret");

    var rotated =
        rotate(id, Map.of())
            .statusCode(200)
            .body("previousSecretUntil", org.hamcrest.Matchers.notNullValue())
            .extract();
    String fresh = rotated.path("secret");
    assertFalse(old.equals(fresh));
    Receiver.Call during = deliveryOfANewLead();
    assertEquals(2, during.signature().split(" ").length, during.signature());
    assertTrue(Receiver.verified(during, old), "the receiver still on the old secret accepts");
    assertTrue(Receiver.verified(during, fresh), "the receiver on the new secret accepts");

    given()
        .when()
        .delete("/api/webhooks/" + id + "/secret/previous")
        .then()
        .statusCode(200)
        .body("previousSecretUntil", nullValue())
        .body("secret", nullValue());
    Receiver.Call after = deliveryOfANewLead();
    assertEquals(1, after.signature().split(" ").length, after.signature());
    assertTrue(Receiver.verified(after, fresh));
    assertFalse(Receiver.verified(after, old));
  }

  @Test
  void shouldRotateToABroughtSecretOnceAndEndAtOnceWithoutOverlap() throws Exception {
    receiver = new Receiver();
    String id = subscribe(receiver.url()).path("id");
    String mine = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    rotate(id, Map.of("secret", mine, "overlapMinutes", 0))
        .statusCode(200)
        .body("secret", equalTo(mine))
        .body("previousSecretUntil", nullValue());
    String version = etag(id);
    rotate(id, Map.of("secret", mine)).statusCode(200).body("secret", equalTo(mine));
    assertEquals(version, etag(id), "a retried rotation changes nothing");
    Receiver.Call call = deliveryOfANewLead();
    assertEquals(1, call.signature().split(" ").length);
    assertTrue(Receiver.verified(call, mine));

    rotate(id, Map.of("secret", "whsec_short")).statusCode(400);
    rotate(id, Map.of("overlapMinutes", 10_081)).statusCode(400);
    rotate(id, Map.of("overlapMinutes", -1)).statusCode(400);
  }

  private Receiver.Call deliveryOfANewLead() {
    String lead = createLeadId(Map.of());
    return Poll.until(
            () -> receiver.calls().stream().filter(c -> c.body().contains(lead)).findFirst(),
            java.util.Optional::isPresent,
            Duration.ofSeconds(20))
        .orElseThrow();
  }

  private io.restassured.response.ExtractableResponse<io.restassured.response.Response> subscribe(
      String url) {
    var created =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("url", url, "eventTypes", List.of("lead.created")))
            .when()
            .post("/api/webhooks")
            .then()
            .statusCode(201)
            .extract();
    subscriptions.add(created.path("id"));
    return created;
  }

  private static String etag(String id) {
    return given()
        .when()
        .get("/api/webhooks/" + id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static ValidatableResponse patch(String id, String ifMatch, Map<String, Object> body) {
    var r = given().contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      r.header("If-Match", ifMatch);
    }
    return r.when().patch("/api/webhooks/" + id).then();
  }

  private static ValidatableResponse rotate(String id, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/webhooks/" + id + "/secret/rotate")
        .then();
  }
}
