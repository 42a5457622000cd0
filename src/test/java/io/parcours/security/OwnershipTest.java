package io.parcours.security;

import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.parcours.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OwnershipTest {

  private static String createAs(TestAuth.Session s, Map<String, Object> body) {
    return as(s)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void shouldHideAnotherSalespersonsLeadAs404() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String tag = "own-" + java.util.UUID.randomUUID();
    String lead = createAs(alice, Map.of("email", uniqueEmail(), "tags", List.of(tag)));

    as(alice)
        .when()
        .get("/api/leads/" + lead)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(alice.userId()));
    as(bob)
        .when()
        .get("/api/leads/" + lead)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(bob).when().get("/api/leads/" + lead + "/history").then().statusCode(404);
    as(bob)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("stage", "DECISION"))
        .when()
        .post("/api/leads/" + lead + "/stage")
        .then()
        .statusCode(404);
    as(bob)
        .queryParam("tag", tag)
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", not(hasItem(lead)));
    as(user("MARKETING")).when().get("/api/leads/" + lead).then().statusCode(200);
  }

  @Test
  void shouldLetSalespeopleSeeAndTakeUnassignedLeads() {
    TestAuth.Session bob = user("SALES");
    String lead = createLeadId(Map.of());

    as(bob).when().get("/api/leads/" + lead).then().statusCode(200);
    as(bob)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", bob.userId()))
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(bob.userId()));
  }

  @Test
  void shouldLetOnlyTheOwnerOrAnAdminReassign() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    TestAuth.Session marketing = user("MARKETING");
    String lead = createAs(alice, Map.of("email", uniqueEmail()));

    as(marketing)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", bob.userId()))
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    as(alice)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("ownerId", bob.userId()))
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(200);
    as(alice).when().get("/api/leads/" + lead).then().statusCode(404);

    as(TestAuth.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("ownerId", alice.userId()))
        .when()
        .patch("/api/leads/" + lead)
        .then()
        .statusCode(200);
  }

  @Test
  void shouldRecordTheUserAsTheActorOfAStageChange() {
    TestAuth.Session alice = user("SALES");
    String lead = createAs(alice, Map.of("email", uniqueEmail()));

    as(alice)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("stage", "REFLECTION"))
        .when()
        .post("/api/leads/" + lead + "/stage")
        .then()
        .statusCode(200);

    as(alice)
        .when()
        .get("/api/leads/" + lead + "/history")
        .then()
        .body("items[0].actor.type", equalTo("USER"))
        .body("items[1].actor.type", equalTo("USER"))
        .body("items[1].actor.id", equalTo(alice.userId()));
  }

  @Test
  void shouldHideTheAssignmentsOfAnotherSalespersonsLead() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String lead = createAs(alice, Map.of("email", uniqueEmail()));
    String content =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("title", "Guide", "type", "GUIDE"))
            .when()
            .post("/api/content")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String assignment =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("contentId", content))
            .when()
            .post("/api/leads/" + lead + "/assignments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/leads/" + lead + "/assignments/" + assignment;

    as(bob).when().get(path).then().statusCode(404).contentType("application/problem+json");
    as(bob).when().post(path + "/viewed").then().statusCode(404);
    as(bob).when().post(path + "/clicked").then().statusCode(404);
    as(alice).when().get(path).then().statusCode(200).body("viewedAt", nullValue());
  }
}
