package io.parcours.webhook;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.moveTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Filters on the events' fields decide which deliveries are planned, and are bounded. */
@QuarkusTest
class WebhookFilterTest {

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
  void shouldPlanDeliveriesOnlyForEventsWhoseFieldsMatch() throws Exception {
    receiver = new Receiver();
    String toCustomer = subscribe("lead.stage_changed", Map.of("to", List.of("CUSTOMER", "LOYAL")));
    String literal = subscribe("lead.stage_changed", Map.of("to", List.of("CUSTOMER' or '1'='1")));
    String buyer = createLeadId(Map.of());
    String hesitant = createLeadId(Map.of());

    moveTo(buyer, "CUSTOMER", null);
    moveTo(hesitant, "DECISION", null);

    assertEquals(List.of(buyer), leadsDeliveredTo(toCustomer));
    assertEquals(List.of(), leadsDeliveredTo(literal), "a value is text, never SQL");
  }

  @Test
  void shouldFilterOnTheLeadsPersona() throws Exception {
    receiver = new Receiver();
    String persona = createPersona("Filtered " + UUID.randomUUID());
    // Any spelling of the id is kept in one.
    String hook = subscribe("lead.created", Map.of("personaId", List.of(persona.toUpperCase())));
    String theirs = createLeadId(Map.of("personaId", persona));
    createLeadId(Map.of());

    assertEquals(List.of(theirs), leadsDeliveredTo(hook));
  }

  @Test
  void shouldRefuseFiltersBeyondTheirBoundsAndCreateNothing() throws Exception {
    receiver = new Receiver();
    Map<String, Object> tooMany = new HashMap<>();
    for (String field : List.of("to", "from", "kind", "stage", "source", "channel")) {
      tooMany.put(field, List.of("X"));
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i <= WebhookFilters.MAX_VALUES; i++) {
      values.add("V" + i);
    }
    List<Object> refused =
        List.of(
            tooMany,
            Map.of("payload", List.of("x")),
            Map.of("to' or '1'='1", List.of("x")),
            Map.of("changes.email", List.of("x")),
            Map.of("to", List.of("x".repeat(WebhookFilters.MAX_LENGTH + 1))),
            Map.of("to", values),
            Map.of("to", List.of()),
            Map.of("to", List.of(" ")),
            Map.of("personaId", List.of("not-an-id")),
            Map.of("to", List.of(Map.of("$ne", 1))),
            Map.of("to", "CUSTOMER"),
            "to=CUSTOMER");
    for (Object filters : refused) {
      given()
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "url", receiver.url(), "eventTypes", List.of("lead.created"), "filters", filters))
          .when()
          .post("/api/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    int existing =
        given()
            .queryParam("limit", 200)
            .when()
            .get("/api/webhooks")
            .then()
            .extract()
            .jsonPath()
            .getList("items.findAll { it.url == '" + receiver.url() + "' }")
            .size();
    assertEquals(0, existing, "nothing was created");
  }

  private String subscribe(String type, Map<String, Object> filters) {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("url", receiver.url(), "eventTypes", List.of(type), "filters", filters))
            .when()
            .post("/api/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    subscriptions.add(id);
    return id;
  }

  /** Deliveries are planned with the event, so what the log holds right after is all there is. */
  private static List<String> leadsDeliveredTo(String subscription) {
    return given()
        .queryParam("limit", 200)
        .when()
        .get("/api/webhooks/" + subscription + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.leadId");
  }
}
