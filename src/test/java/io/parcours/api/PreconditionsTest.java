package io.parcours.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What automation clients rely on, for every operation of the document: each creating POST takes an
 * Idempotency-Key, each PUT and PATCH an If-Match.
 */
@QuarkusTest
class PreconditionsTest {

  /** POSTs answering 201 or 202 without a key, and why a retry is safe anyway. */
  private static final Map<String, String> RETRIED_OTHERWISE =
      Map.of(
          "POST /api/imports/leads", "the same file answers its earlier import",
          "POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver",
              "creates nothing: it queues an existing delivery again",
          "POST /api/leads/{id}/referral-code",
              "a lead has one code: a retry answers the same code (200)");

  @Test
  void shouldTakeAnIdempotencyKeyOnEveryCreatingPost() {
    List<String> missing = new ArrayList<>();
    for (ApiDocument.Operation op : ApiDocument.served().operations()) {
      boolean creating =
          op.method().equals("post")
              && (op.node().path("responses").has("201")
                  || op.node().path("responses").has("202")
                  || op.path().endsWith(":batch")
                  || op.path().endsWith("/batch"));
      if (creating
          && !RETRIED_OTHERWISE.containsKey(op.toString())
          && !hasHeader(op, "Idempotency-Key")) {
        missing.add(op.toString());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void shouldTakeAnIfMatchOnEveryPutAndPatch() {
    List<String> missing = new ArrayList<>();
    for (ApiDocument.Operation op : ApiDocument.served().operations()) {
      boolean changing = op.method().equals("put") || op.method().equals("patch");
      if (changing && !hasHeader(op, "If-Match")) {
        missing.add(op.toString());
      }
    }
    assertEquals(List.of(), missing);
  }

  private static boolean hasHeader(ApiDocument.Operation op, String name) {
    return op.parameters("header").stream().anyMatch(p -> name.equals(p.path("name").asText()));
  }
}
