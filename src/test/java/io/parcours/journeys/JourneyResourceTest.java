package io.parcours.journeys;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journeys API: shapes refused with a problem, deactivation, and a lead's enrolments. */
@QuarkusTest
class JourneyResourceTest {

  static final String THANKS = "00000000-0000-4000-8000-00000000e001";

  @Test
  void shouldCreateAJourneyAndReadItBack() {
    String id =
        post(journey(Map.of("kind", "SEND", "templateId", THANKS)))
            .statusCode(201)
            .header("Location", startsWith("http"))
            .body("reentry", equalTo("EVERY"))
            .body("steps[0].kind", equalTo("SEND"))
            .extract()
            .path("id");

    given()
        .when()
        .get("/api/journeys/" + id)
        .then()
        .statusCode(200)
        .body("exitStages", equalTo(List.of("LOST")))
        .body("steps[0].templateId", equalTo(THANKS));
  }

  @Test
  void shouldRefuseADiscountAskedForAsAContentType() {
    Map<String, Object> send =
        Map.of("kind", "SEND", "templateId", THANKS, "contentTypes", List.of("DISCOUNT"));

    post(journey(send))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("steps[0].contentTypes"));
  }

  @Test
  void shouldRefuseAStepWithoutWhatItsKindNeeds() {
    post(journey(Map.of("kind", "WAIT")))
        .statusCode(400)
        .body("errors[0].field", equalTo("steps[0].duration"));
    post(journey(Map.of("kind", "WAIT", "duration", "a week")))
        .statusCode(400)
        .body("errors[0].field", equalTo("steps[0].duration"));
    post(journey(Map.of("kind", "SEND", "templateId", THANKS, "duration", "P1D")))
        .statusCode(400)
        .body("errors[0].field", equalTo("steps[0].kind"));
    post(journey(Map.of("kind", "ASSIGN")))
        .statusCode(400)
        .body("errors[0].field", equalTo("steps[0].contentType"));
  }

  @Test
  void shouldStoreAWaitInOneSpellingThatJavaAndPostgresqlReadAlike() {
    post(journey(Map.of("kind", "WAIT", "duration", "p7d")))
        .statusCode(201)
        .body("steps[0].duration", equalTo("PT168H"));
  }

  @Test
  void shouldRefuseAnAmountDiscountWithoutCurrency() {
    Map<String, Object> send =
        Map.of(
            "kind", "SEND", "templateId", THANKS, "discount", Map.of("kind", "AMOUNT", "value", 5));

    post(journey(send))
        .statusCode(400)
        .body("errors[0].field", equalTo("steps[0].discount.currency"));
  }

  @Test
  void shouldRefuseTwoEntriesOrNone() {
    Map<String, Object> both = new HashMap<>(journey(Map.of("kind", "SEND", "templateId", THANKS)));
    both.put("entryTouchpoint", "PURCHASE");
    post(both).statusCode(400).body("errors[0].field", equalTo("entryStage"));
    Map<String, Object> none = new HashMap<>(both);
    none.remove("entryStage");
    none.remove("entryTouchpoint");
    post(none).statusCode(400).body("errors[0].field", equalTo("entryStage"));
  }

  @Test
  void shouldEndEnrolmentsWhenDeactivatedAndKeepAJourneyLeadsEntered() {
    Map<String, Object> body = new HashMap<>(journey(Map.of("kind", "WAIT", "duration", "P3D")));
    Object persona = body.get("personaId");
    String id = post(body).statusCode(201).extract().path("id");
    String lead =
        createLeadId(Map.of("email", uniqueEmail(), "stage", "LOYAL", "personaId", persona));
    given()
        .when()
        .get("/api/leads/" + lead + "/journeys")
        .then()
        .body("[0].journeyId", equalTo(id))
        .body("[0].state", equalTo("WAITING"));

    String etag = given().when().get("/api/journeys/" + id).then().extract().header("ETag");
    body.put("active", false);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .when()
        .put("/api/journeys/" + id)
        .then()
        .statusCode(200);

    given()
        .when()
        .get("/api/leads/" + lead + "/journeys")
        .then()
        .body("[0].state", equalTo("EXITED"))
        .body("[0].exitReason", equalTo("The journey was deactivated"));
    given().when().delete("/api/journeys/" + id).then().statusCode(409);
  }

  @Test
  void shouldKeepATemplateThatAJourneySends() {
    given()
        .when()
        .delete("/api/email-templates/" + THANKS)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Journeys send this template; change them first"));
  }

  @Test
  void shouldHideAnotherSalespersonsLeadsJourneys() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String lead =
        as(alice)
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail()))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as(alice).when().get("/api/leads/" + lead + "/journeys").then().statusCode(200);
    as(bob).when().get("/api/leads/" + lead + "/journeys").then().statusCode(404);
  }

  /** A journey for a persona of its own, so that no other test's lead enters it. */
  private static Map<String, Object> journey(Map<String, Object> step) {
    return Map.of(
        "name",
        "API test",
        "entryStage",
        "LOYAL",
        "personaId",
        createPersona("Journey API"),
        "exitStages",
        List.of("LOST"),
        "steps",
        List.of(step));
  }

  private static ValidatableResponse post(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/api/journeys").then();
  }
}
