package io.parcours.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.CleanSchema;
import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called with an API key holding only the scope it needs
 * (let through: neither 401 nor 403) and with a key holding every scope but that one (refused: 403
 * problem+json); the operations for sessions only are refused to a key holding every scope.
 */
@QuarkusTest
@TestProfile(CleanSchema.class)
class LeastScopeTest {

  @Test
  void shouldNameTheScopeOfEveryOperationNeedingCredentials() {
    Set<String> secured =
        ApiDocument.served().operations().stream()
            .filter(ApiDocument.Operation::secured)
            .map(Object::toString)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(secured, new TreeSet<>(LeastScopes.OPERATIONS.keySet()));
  }

  @Test
  void shouldLetThroughTheLeastScopeAndRefuseEveryOtherSetOfScopes() {
    ApiDocument api = ApiDocument.served();
    Map<String, String> ids = ApiFixtures.create();
    Generator generator = new Generator(1L, api, ids);
    TestAuth.Session admin = TestAuth.admin();
    Map<String, String> only = new HashMap<>();
    Map<String, String> allBut = new HashMap<>();
    for (String scope : TestAuth.ALL_SCOPES) {
      only.put(scope, TestAuth.createKey(admin, List.of(scope), null));
      List<String> others = new ArrayList<>(TestAuth.ALL_SCOPES);
      others.remove(scope);
      allBut.put(scope, TestAuth.createKey(admin, others, null));
    }
    String everything = TestAuth.createKey(admin, TestAuth.ALL_SCOPES, null);
    List<String> failures = new ArrayList<>();
    List<ApiDocument.Operation> operations =
        api.operations().stream()
            .filter(op -> LeastScopes.OPERATIONS.containsKey(op.toString()))
            .toList();

    // Refusals first: they must change nothing the calls let through then work on.
    int refused = 0;
    for (ApiDocument.Operation op : operations) {
      String scope = LeastScopes.OPERATIONS.get(op.toString());
      String key = scope.equals(LeastScopes.SESSION_ONLY) ? everything : allBut.get(scope);
      Response r = FuzzRequest.valid(op, generator, ids).send(with(key));
      refused++;
      if (r.statusCode() != 403
          || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
        failures.add(op + " without " + scope + ": " + r.statusCode() + " " + r.contentType());
      }
    }
    int allowed = 0;
    for (ApiDocument.Operation op : operations) {
      String scope = LeastScopes.OPERATIONS.get(op.toString());
      if (scope.equals(LeastScopes.SESSION_ONLY)) {
        continue;
      }
      Response r = FuzzRequest.valid(op, generator, ids).send(with(only.get(scope)));
      allowed++;
      if (r.statusCode() == 401 || r.statusCode() == 403) {
        failures.add(op + " with only " + scope + ": " + r.statusCode() + " " + r.asString());
      }
    }

    assertEquals(List.of(), failures, refused + " refusals and " + allowed + " calls checked");
  }

  private static io.restassured.specification.RequestSpecification with(String key) {
    return given().header("Authorization", "Bearer " + key);
  }
}
