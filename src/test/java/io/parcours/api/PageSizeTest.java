package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.parcours.support.CleanSchema;
import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every list in the document takes a limit with a documented maximum, and holds to it. */
@QuarkusTest
@TestProfile(CleanSchema.class)
class PageSizeTest {

  @Test
  void shouldCapThePageSizeOfEveryList() {
    ApiDocument api = ApiDocument.served();
    Map<String, String> ids = ApiFixtures.create();
    Generator generator = new Generator(5L, api, ids);
    List<String> uncapped = new ArrayList<>();
    int lists = 0;
    for (ApiDocument.Operation op : api.operations()) {
      if (!op.method().equals("get") || !isPage(api, op)) {
        continue;
      }
      lists++;
      JsonNode limit =
          op.parameters("query").stream()
              .filter(p -> p.get("name").asText().equals("limit"))
              .findFirst()
              .map(p -> p.path("schema"))
              .orElse(null);
      if (limit == null || !limit.has("maximum")) {
        uncapped.add(op + " documents no maximum limit");
        continue;
      }
      long max = limit.get("maximum").asLong();
      FuzzRequest base = FuzzRequest.valid(op, generator, ids);
      for (long asked : List.of(max + 1, 1_000_000L, -1L, 0L)) {
        Response r = base.withQuery("limit", asked).send(as(TestAuth.admin()));
        if (r.statusCode() != 400
            || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
          uncapped.add(op + " ?limit=" + asked + ": " + r.statusCode());
        }
      }
      Response atMax = base.withQuery("limit", max).send(as(TestAuth.admin()));
      if (atMax.statusCode() != 200 || atMax.jsonPath().getList("items").size() > max) {
        uncapped.add(op + " ?limit=" + max + ": " + atMax.statusCode());
      }
    }
    assertFalse(lists == 0, "no list found in the document");
    assertEquals(List.of(), uncapped);
  }

  /** A page of items with a cursor to the next one. */
  private static boolean isPage(ApiDocument api, ApiDocument.Operation op) {
    JsonNode schema =
        api.resolve(
            op.node()
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema"));
    return schema != null
        && schema.path("properties").has("items")
        && schema.path("properties").has("nextCursor");
  }
}
