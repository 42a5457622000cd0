package io.parcours.api;

import static io.parcours.support.Fixtures.createLeadId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTML and script in lead fields are data: stored and returned as given, only ever as JSON that a
 * browser is told not to sniff into HTML.
 */
@QuarkusTest
class MarkupTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

  @Test
  void shouldReturnMarkupVerbatimAsJsonThatIsNeverSniffed() {
    String id = createLeadId(Map.of("firstName", SCRIPT, "company", ATTRIBUTE));

    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .header("X-Content-Type-Options", "nosniff")
        .body("firstName", equalTo(SCRIPT))
        .body("company", equalTo(ATTRIBUTE));
  }

  @Test
  void shouldAnswerMarkupInAParameterWithAProblemThatIsNeverSniffed() {
    given()
        .queryParam("sort", SCRIPT)
        .when()
        .get("/api/leads")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .header("X-Content-Type-Options", "nosniff")
        .body("detail", equalTo("Cannot sort by '" + SCRIPT + "'"));
  }
}
