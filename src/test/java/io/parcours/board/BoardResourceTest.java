package io.parcours.board;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardResourceTest {

  @Test
  void shouldCountAndSumEachStageAndListItsLongestWaitingCardsFirst() {
    String company = "Board " + UUID.randomUUID();
    String first = createLeadId(Map.of("company", company, "stage", "DECISION", "dealValue", 100));
    String second =
        createLeadId(Map.of("company", company, "stage", "DECISION", "dealValue", 250.5));
    createLeadId(Map.of("company", company, "stage", "CUSTOMER"));

    given()
        .queryParam("q", company)
        .queryParam("perStage", 1)
        .when()
        .get("/api/board")
        .then()
        .statusCode(200)
        .body(
            "columns.stage",
            contains(
                "DISCOVERY", "REFLECTION", "DECISION", "CUSTOMER", "LOYAL", "ADVOCATE", "LOST"))
        .body("columns.leads", contains(0, 0, 2, 1, 0, 0, 0))
        .body("columns[2].dealValue", equalTo(350.5f))
        .body("columns[2].cards.id", contains(first))
        .body("columns[2].cards[0].stalled", equalTo(false))
        .body("columns[2].cards[0].daysInStage", equalTo(0))
        .body("columns[0].cards", empty());
    given()
        .queryParam("q", company)
        .when()
        .get("/api/board")
        .then()
        .body("columns[2].cards.id", contains(first, second));
  }

  @Test
  void shouldShowASalespersonOnlyHisOwnAndUnassignedLeads() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String company = "Board " + UUID.randomUUID();
    String hers = create(alice, company);
    create(bob, company);
    String unassigned = createLeadId(Map.of("company", company));

    as(alice)
        .queryParam("q", company)
        .when()
        .get("/api/board")
        .then()
        .statusCode(200)
        .body("columns[0].leads", equalTo(2))
        .body("columns[0].cards.id", org.hamcrest.Matchers.containsInAnyOrder(hers, unassigned));
    as(alice).when().get("/api/owners").then().statusCode(200).body("id", contains(alice.userId()));
    as(TestAuth.admin())
        .when()
        .get("/api/owners")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItems(alice.userId(), bob.userId()));
    as(alice).when().get("/api/session").then().body("ownLeadsOnly", equalTo(true));
    as(TestAuth.admin()).when().get("/api/session").then().body("ownLeadsOnly", equalTo(false));
  }

  @Test
  void shouldRefuseAPageSizeOutOfBounds() {
    given()
        .queryParam("perStage", 0)
        .when()
        .get("/api/board")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(1));
  }

  private static String create(TestAuth.Session s, String company) {
    return as(s)
        .contentType(ContentType.JSON)
        .body(Map.of("email", "b-" + UUID.randomUUID() + "@example.com", "company", company))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
