package io.parcours.api;

import static io.parcours.api.OwnershipDecisions.Decision.DENIED;
import static io.parcours.api.OwnershipDecisions.Decision.HIDDEN;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.api.OwnershipDecisions.Decision;
import io.parcours.api.OwnershipVariants.Variant;
import io.parcours.support.CleanSchema;
import io.parcours.support.TestAuth;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called by salesperson Bob with salesperson Alice's ids
 * and values in its path, query and body: it is refused (403) or answers as if Alice's things did
 * not exist (404, lists without them), shows nothing of Alice's the request did not carry, and
 * changes nothing of Alice's. Each operation must have an ownership decision.
 */
@QuarkusTest
@TestProfile(CleanSchema.class)
class OwnershipAbuseTest {

  private static final String PASSWORD = "a long enough password";

  @Test
  void shouldGiveEveryOperationAnOwnershipDecision() {
    Set<String> documented =
        ApiDocument.served().operations().stream()
            .map(Object::toString)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> undecided = new TreeSet<>(documented);
    undecided.removeAll(OwnershipDecisions.OPERATIONS.keySet());
    Set<String> gone = new TreeSet<>(OwnershipDecisions.OPERATIONS.keySet());
    gone.removeAll(documented);

    assertEquals(Set.of(), undecided, "operations without a decision in OwnershipDecisions");
    assertEquals(Set.of(), gone, "decisions for operations the document no longer has");
  }

  @Test
  void shouldShowAndChangeNothingOfAnotherSalespersonsThroughAnyOperation() {
    ApiDocument api = ApiDocument.served();
    Map<String, String> shared = new HashMap<>(ApiFixtures.create());
    shared.keySet().removeAll(SalesWorld.OWNED);
    SalesWorld.Setup setup = SalesWorld.setup();
    shared.put("journeys", setup.journey());
    shared.put("email-templates", setup.template());
    SalesWorld alice = SalesWorld.of(user("SALES"), setup);
    SalesWorld bob = SalesWorld.of(user("SALES"), setup);
    Map<String, String> bobsIds = new HashMap<>(shared);
    bobsIds.putAll(bob.ids());
    OwnershipVariants variants = new OwnershipVariants(api, bobsIds, alice);
    String before = alice.snapshot();

    TestAuth.Session session = bob.session();
    List<String> failures = new ArrayList<>();
    Map<Decision, int[]> tried = new EnumMap<>(Decision.class);
    Map<String, Integer> places = new TreeMap<>();
    List<FuzzRequest> reachable = new ArrayList<>();
    for (ApiDocument.Operation op : api.operations()) {
      Decision decision = OwnershipDecisions.OPERATIONS.get(op.toString());
      if (decision == null) {
        continue; // reported by shouldGiveEveryOperationAnOwnershipDecision
      }
      boolean owned = !OwnershipVariants.ownedParameters(op).isEmpty();
      if (owned != (decision == HIDDEN) && decision != DENIED) {
        failures.add(op + ": its path names a lead's things exactly when it is HIDDEN");
      }
      List<Variant> list = variants.of(op);
      tried.computeIfAbsent(decision, d -> new int[2])[0]++;
      tried.get(decision)[1] += list.size();
      for (Variant v : list) {
        places.merge(v.place(), 1, Integer::sum);
        Response r = v.request().send(as(session));
        String failure = judge(decision, v, r, variants, session, alice);
        if (failure != null) {
          failures.add(v.request() + " -> " + r.statusCode() + ": " + failure);
        }
        if (decision == HIDDEN && allOthers(op, v.request(), alice)) {
          reachable.add(v.request());
        }
        if (op.path().equals("/api/session")) {
          session = TestAuth.login(email(bob), PASSWORD);
        }
      }
    }
    Log.infof(
        "Ownership abuse: %s (operations/requests per decision); the other's things in %s",
        tried.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
            .collect(Collectors.joining(", ")),
        places);

    assertEquals(List.of(), failures);
    assertEquals(before, alice.snapshot(), "another salesperson changed Alice's things");
    // The 404s come from ownership alone: Alice reaches each of them.
    List<String> unreachable = new ArrayList<>();
    for (FuzzRequest r : reachable) {
      if (r.send(as(alice.session())).statusCode() == 404) {
        unreachable.add(r.toString());
      }
    }
    assertEquals(List.of(), unreachable);
  }

  /** What is wrong with the answer, or null. */
  private static String judge(
      Decision decision,
      Variant v,
      Response r,
      OwnershipVariants variants,
      TestAuth.Session session,
      SalesWorld other) {
    boolean problem = String.valueOf(r.contentType()).startsWith("application/problem+json");
    if (r.statusCode() >= 500) {
      return "a server error";
    }
    if (decision == DENIED && (r.statusCode() != 403 || !problem)) {
      return "not refused with a 403 problem";
    }
    if (decision == HIDDEN && v.othersInPath() && (r.statusCode() != 404 || !problem)) {
      // Refused before any lookup (an invalid body) is no leak if no lead gets the same answer.
      int nowhere = variants.nowhere(v.request()).send(as(session)).statusCode();
      if (nowhere != r.statusCode() || r.statusCode() < 400) {
        return "not hidden: " + nowhere + " where nothing exists";
      }
    }
    FuzzRequest q = v.request();
    String asked = q.path().values() + " " + q.query().values() + " " + q.body();
    String answer = r.asString() + " " + r.getHeader("Location");
    List<String> shown =
        other.secrets().stream().filter(s -> !asked.contains(s) && answer.contains(s)).toList();
    return shown.isEmpty() ? null : "shows " + shown + " in " + abbreviate(answer);
  }

  /** Whether every parameter of the path that names a lead's things names the other's. */
  private static boolean allOthers(ApiDocument.Operation op, FuzzRequest r, SalesWorld other) {
    return OwnershipVariants.ownedParameters(op).stream()
        .allMatch(name -> other.ids().containsValue(r.path().get(name)));
  }

  private static String email(SalesWorld world) {
    return as(TestAuth.admin())
        .when()
        .get("/api/users/" + world.session().userId())
        .then()
        .extract()
        .path("email");
  }

  private static String abbreviate(String s) {
    return s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }
}
