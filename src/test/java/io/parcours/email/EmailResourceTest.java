package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox list, its filters and owner scope, and emails on the lead timeline. */
@QuarkusTest
class EmailResourceTest {

  @Test
  void shouldListALeadsEmailsByStatusAndJourney() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", true);
    String lead = lead(setup, TestAuth.admin());

    given()
        .when()
        .get("/api/emails?leadId=" + lead + "&status=PENDING&journeyId=" + setup.get("journey"))
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].stage", equalTo("LOYAL"))
        .body("items[0].marketing", equalTo(true))
        .body("items[0].attempts", equalTo(0));
    given()
        .when()
        .get("/api/emails?leadId=" + lead + "&status=SENT")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void shouldShowASalespersonOnlyTheEmailsOfHisLeads() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", true);
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String lead = lead(setup, alice);
    String email =
        given().when().get("/api/emails?leadId=" + lead).then().extract().path("items[0].id");

    as(alice).when().get("/api/emails/" + email).then().statusCode(200);
    as(bob).when().get("/api/emails/" + email).then().statusCode(404);
    as(bob)
        .when()
        .get("/api/emails?leadId=" + lead)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void shouldPutTheEmailsOnTheLeadTimeline() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", true);
    String lead = lead(setup, TestAuth.admin());

    given()
        .when()
        .get("/api/leads/" + lead + "/timeline")
        .then()
        .statusCode(200)
        .body("items.kind", hasItem("EMAIL"))
        .body("items.find { it.kind == 'EMAIL' }.data.status", equalTo("PENDING"))
        .body("items.find { it.kind == 'EMAIL' }.data.journeyName", equalTo("Test journey"));
  }

  @Test
  void shouldRefuseAnUnknownSortNamingTheAllowedOnes() {
    given()
        .when()
        .get("/api/emails?sort=subject")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("sort"))
        .body("allowed", equalTo(java.util.List.of("createdAt", "dueAt")));
  }

  private static String lead(Map<String, String> setup, TestAuth.Session owner) {
    return as(owner)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                io.parcours.support.Fixtures.uniqueEmail(),
                "stage",
                "LOYAL",
                "personaId",
                setup.get("persona"),
                "consent",
                GRANTED))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
