package io.parcours.api;

import static io.parcours.support.Fixtures.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.CleanSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every operation of the document, new ones included, needs credentials, but for these. */
@QuarkusTest
@TestProfile(CleanSchema.class)
class AuthenticationTest {

  /** Logging in and out. */
  private static final Set<String> PUBLIC =
      Set.of(
          "POST /api/session",
          "DELETE /api/session",
          "GET /unsubscribe/{token}",
          "POST /unsubscribe/{token}");

  @Test
  void shouldDocumentExactlyThePublicOperationsAsNeedingNoCredentials() {
    Set<String> undocumented = new TreeSet<>();
    for (ApiDocument.Operation op : ApiDocument.served().operations()) {
      if (!op.secured()) {
        undocumented.add(op.toString());
      }
    }
    assertEquals(new TreeSet<>(PUBLIC), undocumented);
  }

  @Test
  void shouldAnswer401ProblemToEveryOtherOperationWithoutValidCredentials() {
    ApiDocument api = ApiDocument.served();
    Map<String, String> ids = ApiFixtures.create();
    Generator generator = new Generator(1L, api, ids);
    List<String> open = new ArrayList<>();
    int checked = 0;
    for (ApiDocument.Operation op : api.operations()) {
      if (PUBLIC.contains(op.toString())) {
        continue;
      }
      FuzzRequest request = FuzzRequest.valid(op, generator, ids);
      for (String authorization : List.of("none", "Bearer pk_AAAAAAAA_not-a-key", "Basic YTpi")) {
        Response r = request.send(anonymous().header("Authorization", authorization));
        checked++;
        if (r.statusCode() != 401
            || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
          open.add(op + " with Authorization " + authorization + ": " + r.statusCode());
        }
      }
    }
    assertEquals(List.of(), open, checked + " requests checked");
  }
}
