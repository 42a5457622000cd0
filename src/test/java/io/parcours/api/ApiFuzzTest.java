package io.parcours.api;

import static io.parcours.support.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.CleanSchema;
import io.parcours.support.TestAuth;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Requests generated from the served OpenAPI document, for every operation: valid and invalid ids,
 * query parameters with SQL metacharacters, bodies from the schemas with one thing broken. Seeded:
 * -Dfuzz.seed and -Dfuzz.tries (per operation) reproduce or widen a run.
 */
@QuarkusTest
@TestProfile(CleanSchema.class)
class ApiFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20_251_123L);
  private static final int TRIES = Integer.getInteger("fuzz.tries", 20);

  @Test
  void shouldAnswerEveryGeneratedRequestWithinTheContract() {
    ApiDocument api = ApiDocument.served();
    Map<String, String> ids = ApiFixtures.create();
    Generator generator = new Generator(SEED, api, ids);
    ResponseCheck check = new ResponseCheck(api);
    TestAuth.Session admin = TestAuth.login(TestAuth.ADMIN_EMAIL, TestAuth.ADMIN_PASSWORD);
    Map<String, String> violations = new LinkedHashMap<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int sent = 0;
    int operations = 0;
    long start = System.nanoTime();
    for (ApiDocument.Operation op : api.operations()) {
      operations++;
      for (int i = 0; i < TRIES; i++) {
        FuzzRequest request = FuzzRequest.generate(op, generator, ids);
        Response response = request.send();
        if (response.statusCode() == 403) {
          // Some operations are for administrators' sessions only, not for API keys.
          response = request.send(as(admin));
        }
        sent++;
        statuses.merge(response.statusCode(), 1, Integer::sum);
        for (String v : check.violations(op, response)) {
          violations.putIfAbsent(v, request.toString());
        }
      }
    }
    Log.infof(
        "API fuzzing: seed %d, %d operations, %d requests in %d s, statuses %s, %d violations",
        SEED,
        operations,
        sent,
        (System.nanoTime() - start) / 1_000_000_000,
        statuses,
        violations.size());
    StringBuilder report = new StringBuilder();
    violations.forEach((v, r) -> report.append("\n").append(v).append("\n    after ").append(r));
    assertTrue(violations.isEmpty(), violations.size() + " violations:" + report);
  }
}
