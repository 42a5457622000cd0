package io.parcours.common;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The lead access condition, in SQL, in HQL and as an HQL subquery, picks on real rows exactly the
 * leads the Java rule lets each kind of caller see.
 */
@QuarkusTest
class LeadAccessTest {

  @Test
  void shouldPickInEveryQueryFormTheLeadsTheJavaRuleAllows() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String alices = createLeadId(Map.of("ownerId", alice.userId()));
    String bobs = createLeadId(Map.of("ownerId", bob.userId()));
    String nobodys = createLeadId(Map.of());
    Set<String> all = Set.of(alices, bobs, nobodys);

    check("admin", as(TestAuth.admin()), all, all, false);
    check("marketing", as(user("MARKETING")), all, all, false);
    check("API key", given(), all, all, false);
    check("salesperson", as(alice), all, Set.of(alices, nobodys), true);
    check("other salesperson", as(bob), all, Set.of(bobs, nobodys), true);
  }

  private static void check(
      String caller,
      RequestSpecification request,
      Set<String> ids,
      Set<String> expected,
      boolean scoped) {
    JsonPath seen =
        request
            .queryParam("id", List.copyOf(ids))
            .when()
            .get("/test/lead-access")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(scoped, seen.getBoolean("scoped"), caller + ": restricted to an owner");
    for (String form : List.of("java", "sql", "hql", "subquery")) {
      assertEquals(
          new TreeSet<>(expected),
          new TreeSet<>(seen.getList(form, String.class)),
          caller + ": " + form);
    }
  }
}
