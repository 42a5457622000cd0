package io.parcours.email;

import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.etag;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.consent.UnsubscribeTokens;
import io.parcours.support.MailServer;
import io.parcours.support.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consent through the API, and the unsubscribe link that needs no login. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class ConsentTest {

  @Inject UnsubscribeTokens tokens;
  @Inject EmailEvents events;

  @Test
  void shouldRecordConsentWithItsBasisSourceAndTime() {
    String id = createLeadId(Map.of());

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag(id))
        .body(Map.of("status", "GRANTED", "basis", "CONSENT", "source", "newsletter form"))
        .when()
        .put("/api/leads/" + id + "/consent")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("consent.status", equalTo("GRANTED"))
        .body("consent.basis", equalTo("CONSENT"))
        .body("consent.source", equalTo("newsletter form"))
        .body("consent.at", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void shouldHideAnotherSalespersonsLeadWhenSettingConsent() {
    TestAuth.Session owner = user("SALES");
    TestAuth.Session other = user("SALES");
    String id =
        as(owner)
            .contentType(ContentType.JSON)
            .body(Map.of("email", io.parcours.support.Fixtures.uniqueEmail()))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as(other)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "GRANTED"))
        .when()
        .put("/api/leads/" + id + "/consent")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(owner)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "GRANTED"))
        .when()
        .put("/api/leads/" + id + "/consent")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldOnlyAskForConfirmationOnGet() {
    String id = createLeadId(Map.of("consent", Mails.GRANTED, "locale", "fr"));

    anonymous()
        .when()
        .get("/unsubscribe/" + tokens.token(UUID.fromString(id)))
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<form method=\"post\">"))
        .body(containsString("Se désabonner"));

    given().when().get("/api/leads/" + id).then().body("consent.status", equalTo("GRANTED"));
  }

  @Test
  void shouldUnsubscribeWithoutLoginAndTellWhoListens() {
    String id = createLeadId(Map.of("consent", Mails.GRANTED));

    anonymous()
        .when()
        .post("/unsubscribe/" + tokens.token(UUID.fromString(id)))
        .then()
        .statusCode(200)
        .body(containsString("You will not receive our emails any more"));

    given()
        .when()
        .get("/api/leads/" + id)
        .then()
        .body("consent.status", equalTo("UNSUBSCRIBED"))
        .body("consent.source", equalTo("unsubscribe-link"));
    assertTrue(events.unsubscribed.contains(UUID.fromString(id)));
  }

  @Test
  void shouldRefuseATokenThatWasNotSignedForThisLead() {
    String victim = createLeadId(Map.of("consent", Mails.GRANTED));
    String mine = tokens.token(UUID.fromString(createLeadId(Map.of())));
    String forged = victim + mine.substring(mine.indexOf('.'));

    anonymous().when().post("/unsubscribe/" + forged).then().statusCode(404);
    anonymous().when().get("/unsubscribe/not-a-token").then().statusCode(404);
    given().when().get("/api/leads/" + victim).then().body("consent.status", equalTo("GRANTED"));
  }
}
