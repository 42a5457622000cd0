package io.parcours.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.parcours.events.DomainEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The served document is complete enough to generate a client from. */
@QuarkusTest
class ContractTest {

  /** The operations anyone may call: logging in and out, and the link in every email. */
  private static final Set<String> PUBLIC =
      Set.of(
          "POST /api/session",
          "DELETE /api/session",
          "GET /unsubscribe/{token}",
          "POST /unsubscribe/{token}");

  @Test
  void shouldNameEveryOperationOnce() {
    ApiDocument document = ApiDocument.served();
    Set<String> seen = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (ApiDocument.Operation op : document.operations()) {
      String id = op.node().path("operationId").asText("");
      if (!id.matches("[a-z][A-Za-z0-9]*") || !seen.add(id)) {
        wrong.add(op + " → '" + id + "'");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void shouldAnswerEveryErrorAsAProblem() {
    ApiDocument document = ApiDocument.served();
    List<String> wrong = new ArrayList<>();
    for (ApiDocument.Operation op : document.operations()) {
      op.node()
          .path("responses")
          .fields()
          .forEachRemaining(
              answer -> {
                JsonNode content = document.response(answer.getValue()).path("content");
                boolean error = answer.getKey().matches("[45]..");
                if (error && !content.path("application/problem+json").has("schema")) {
                  wrong.add(op + " " + answer.getKey());
                }
              });
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void shouldTypeEveryBody() {
    ApiDocument document = ApiDocument.served();
    List<String> wrong = new ArrayList<>();
    for (ApiDocument.Operation op : document.operations()) {
      untyped(op + " request", op.node().path("requestBody").path("content"), wrong);
      op.node()
          .path("responses")
          .fields()
          .forEachRemaining(
              answer -> {
                JsonNode content = document.response(answer.getValue()).path("content");
                boolean silent = answer.getKey().equals("204") || answer.getKey().startsWith("3");
                if (!silent && content.isEmpty()) {
                  wrong.add(op + " " + answer.getKey() + " has no content");
                }
                untyped(op + " " + answer.getKey(), content, wrong);
              });
    }
    assertEquals(List.of(), wrong);
  }

  /** A body without a schema, or with the empty one that says nothing. */
  private static void untyped(String where, JsonNode content, List<String> wrong) {
    content
        .fields()
        .forEachRemaining(
            media -> {
              JsonNode schema = media.getValue().path("schema");
              if (schema.isMissingNode() || schema.isEmpty()) {
                wrong.add(where + " " + media.getKey());
              }
            });
  }

  @Test
  void shouldTypeTheDataOfEveryEventTypeInTheFeedAndTheWebhooks() {
    ApiDocument document = ApiDocument.served();
    JsonNode mapping = document.at("components/schemas/Event/discriminator/mapping");
    List<String> wrong = new ArrayList<>();
    for (String type : DomainEvents.TYPES.stream().sorted().toList()) {
      JsonNode body =
          document.at("webhooks").path(type).path("post").path("requestBody").path("content");
      JsonNode event = document.resolve(body.path("application/json").path("schema"));
      if (event == null || event.isMissingNode()) {
        wrong.add(type + " has no webhook");
        continue;
      }
      if (!event
          .path("properties")
          .path("type")
          .path("enum")
          .toString()
          .equals("[\"" + type + "\"]")) {
        wrong.add(type + " has an envelope that does not name it");
      }
      JsonNode data = document.resolve(event.path("properties").path("data"));
      if (data == null || data.path("properties").isEmpty()) {
        wrong.add(type + " has untyped data");
      }
      String feed = mapping.path(type).asText();
      if (!body.path("application/json").path("schema").path("$ref").asText().equals(feed)) {
        wrong.add(type + " is not one of the feed's events, or not the webhook's");
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(
        "#/components/schemas/Event",
        document.at("components/schemas/EventPage/properties/items/items/$ref").asText());
  }

  @Test
  void shouldSecureEveryOperationButLoginLogoutAndUnsubscribe() {
    ApiDocument document = ApiDocument.served();
    List<String> wrong = new ArrayList<>();
    for (ApiDocument.Operation op : document.operations()) {
      boolean open = PUBLIC.contains(op.toString());
      if (op.secured() == open) {
        wrong.add(op + (open ? " is public yet asks for credentials" : " names no security"));
      }
      op.node()
          .path("security")
          .forEach(
              way ->
                  way.fieldNames()
                      .forEachRemaining(
                          scheme -> {
                            if (!document.securitySchemes().contains(scheme)) {
                              wrong.add(op + " names the undefined scheme " + scheme);
                            }
                          }));
    }
    assertEquals(List.of(), wrong);
  }
}
