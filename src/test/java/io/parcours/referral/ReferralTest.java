package io.parcours.referral;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.email.Dispatcher;
import io.parcours.support.MailServer;
import io.parcours.touchpoint.Touchpoint;
import io.parcours.touchpoint.TouchpointType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An advocate's code brings a lead: the advocate is credited and rewarded once, whatever retries.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class ReferralTest {

  static final Map<String, Object> GRANTED =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "checkout");

  @Inject Dispatcher dispatcher;

  @Test
  void shouldCreditAndRewardTheAdvocateOnceEvenWhenTheCreateIsRetried() throws Exception {
    String persona = createPersona("Referral");
    rewardJourney(persona);
    String advocateEmail = uniqueEmail();
    String advocate =
        createLeadId(
            Map.of(
                "email",
                advocateEmail,
                "personaId",
                persona,
                "stage",
                "ADVOCATE",
                "consent",
                GRANTED));
    Map<String, Object> before = report();
    String code =
        given()
            .when()
            .post("/api/leads/" + advocate + "/referral-code")
            .then()
            .statusCode(201)
            .header("Location", endsWith("/api/leads/" + advocate + "/referral-code"))
            .extract()
            .path("code");
    given()
        .when()
        .post("/api/leads/" + advocate + "/referral-code")
        .then()
        .statusCode(200)
        .body("code", equalTo(code));

    String email = uniqueEmail();
    Map<String, Object> referred = Map.of("email", email, "referralCode", code.toLowerCase());
    String key = UUID.randomUUID().toString();
    String lead = create(referred, key, 201);
    assertEquals(lead, create(referred, key, 201), "the retry is answered the first answer");
    create(referred, null, 409);
    given()
        .contentType(ContentType.JSON)
        .body(referred)
        .when()
        .put("/api/leads/by-email")
        .then()
        .statusCode(200)
        .body("referredBy", equalTo(advocate));
    dispatcher.dispatch();

    assertEquals(1, referrals(advocate), "one REFERRAL touchpoint on the advocate");
    assertEquals(
        List.of("Thank you for the recommendation"),
        subjects(advocateEmail).stream().filter(s -> s.contains("recommendation")).toList());
    given()
        .when()
        .get("/api/leads/" + advocate + "/discounts")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].value", equalTo(15.0f));
    given()
        .when()
        .get("/api/leads/" + advocate + "/referral-code")
        .then()
        .body("referred", equalTo(1));
    given()
        .queryParam("referredBy", advocate)
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", equalTo(List.of(lead)));
    given()
        .queryParam("referred", true)
        .queryParam("q", email)
        .when()
        .get("/api/leads")
        .then()
        .body("items.id", hasItem(lead));

    touch(lead, "PURCHASE");
    Map<String, Object> after = report();
    assertEquals(1, delta(before, after, "codesIssued"));
    assertEquals(1, delta(before, after, "leadsReferred"));
    assertEquals(1, delta(before, after, "converted"));
  }

  @Test
  void shouldRefuseAnUnknownOrMalformedCodeAndASelfReferral() {
    String email = uniqueEmail();
    for (String code : List.of("NOPE2345", "<script>", "x".repeat(41))) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("email", email, "referralCode", code))
          .when()
          .post("/api/leads")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("referralCode"));
    }
    given().queryParam("q", email).when().get("/api/leads").then().body("items.size()", equalTo(0));

    String prospect = createLeadId(Map.of("email", uniqueEmail()));
    given()
        .when()
        .post("/api/leads/" + prospect + "/referral-code")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("stage", equalTo("DISCOVERY"));

    String advocateEmail = uniqueEmail();
    String advocate = createLeadId(Map.of("email", advocateEmail, "stage", "ADVOCATE"));
    String code =
        given()
            .when()
            .post("/api/leads/" + advocate + "/referral-code")
            .then()
            .extract()
            .path("code");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", advocateEmail, "referralCode", code))
        .when()
        .put("/api/leads/by-email")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("referralCode"));
    given().when().get("/api/leads/" + advocate).then().body("referredBy", equalTo(null));
  }

  private static String create(Map<String, Object> body, String key, int status) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.when().post("/api/leads").then().statusCode(status).extract().path("id");
  }

  private static void rewardJourney(String persona) {
    String template =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Referral thanks " + UUID.randomUUID(),
                    "locales",
                    Map.of(
                        "en",
                        Map.of(
                            "subject", "Thank you for the recommendation",
                            "html", "<p>Your code</p>",
                            "text", "Your code"))))
            .when()
            .post("/api/email-templates")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Referral reward");
    body.put("entryTouchpoint", "REFERRAL");
    body.put("personaId", persona);
    body.put(
        "steps",
        List.of(
            Map.of(
                "kind",
                "SEND",
                "templateId",
                template,
                "discount",
                Map.of("kind", "PERCENT", "value", 15))));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/journeys")
        .then()
        .statusCode(201);
  }

  private static long referrals(String leadId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Touchpoint.count(
                    "leadId = ?1 and type = ?2", UUID.fromString(leadId), TouchpointType.REFERRAL));
  }

  private static List<String> subjects(String email) {
    return MailServer.receivedBy(email).stream()
        .map(
            m -> {
              try {
                return m.getSubject();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static Map<String, Object> report() {
    return given().when().get("/api/analytics/referrals").then().statusCode(200).extract().path("");
  }

  private static long delta(Map<String, Object> before, Map<String, Object> after, String field) {
    return ((Number) after.get(field)).longValue() - ((Number) before.get(field)).longValue();
  }
}
