package io.parcours.email;

import static io.parcours.email.Mails.CUSTOMER_FOLLOW_UP;
import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 001: a purchase is thanked at once; the news with a single-use discount code follows a week
 * later and the review request after a month, even when the customer becomes an advocate that same
 * evening; consent given after the purchase lets the emails still ahead go out; an unsubscribe or a
 * complaint ends the journey.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class Seed001ScenarioTest {

  @Inject Dispatcher dispatcher;

  @Test
  void shouldKeepTheLoyaltyFollowUpWhenTheCustomerBecomesAnAdvocateTheSameEvening()
      throws Exception {
    String email = uniqueEmail();
    String id =
        createLeadId(
            Map.of(
                "email",
                email,
                "firstName",
                "<b>Zoé</b> & Co",
                "stage",
                "DECISION",
                "consent",
                GRANTED));

    touch(id, "PURCHASE");
    dispatcher.dispatch();

    MimeMessage thanks = single(email);
    assertEquals("Thank you for your purchase, <b>Zoé</b> & Co", thanks.getSubject());
    String html = Mails.part(thanks, "text/html");
    assertTrue(html.contains("Hello &lt;b&gt;Zoé&lt;/b&gt; &amp; Co,"), html);
    assertFalse(html.contains("<b>Zoé</b>"), html);
    assertTrue(html.contains(Mails.unsubscribePath(thanks)), "visible unsubscribe link");
    assertEquals("List-Unsubscribe=One-Click", thanks.getHeader("List-Unsubscribe-Post")[0]);
    enrolment(id, Mails.DECISION_CASE)
        .body("state", equalTo("EXITED"))
        .body("exitReason", equalTo("Reached stage CUSTOMER"));

    touch(id, "REVIEW", Map.of("sentiment", "POSITIVE"));
    given().when().get("/api/leads/" + id).then().body("stage", equalTo("ADVOCATE"));
    Instant entered =
        Instant.parse(
            given()
                .when()
                .get("/api/leads/" + id + "/journeys")
                .then()
                .extract()
                .path("find { it.journeyId == '" + CUSTOMER_FOLLOW_UP + "' }.enteredAt"));
    enrolment(id, CUSTOMER_FOLLOW_UP)
        .body("state", equalTo("WAITING"))
        .body("next.kind", equalTo("SEND"))
        .body("next.at", equalTo(entered.plus(Duration.ofDays(7)).toString()));

    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();

    List<MimeMessage> received = MailServer.receivedBy(email);
    assertEquals(2, received.size());
    MimeMessage news = received.get(1);
    assertEquals("Our news, and a discount on your next purchase", news.getSubject());
    String code =
        given()
            .when()
            .get("/api/leads/" + id + "/discounts")
            .then()
            .extract()
            .path("items[0].code");
    assertTrue(Mails.part(news, "text/plain").contains("the code " + code + " gives you 10%"));
    given().when().post("/api/discounts/" + code + "/redeem").then().statusCode(200);
    given().when().post("/api/discounts/" + code + "/redeem").then().statusCode(409);

    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();
    dispatcher.dispatch();

    received = MailServer.receivedBy(email);
    assertEquals(3, received.size(), "each step sends once");
    assertEquals("Would you recommend us, <b>Zoé</b> & Co?", received.get(2).getSubject());
    enrolment(id, CUSTOMER_FOLLOW_UP).body("state", equalTo("COMPLETED")).body("next", nullValue());
  }

  @Test
  void shouldSendTheEmailsStillAheadWhenConsentIsGivenAfterThePurchase() throws Exception {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "locale", "fr", "stage", "DECISION"));
    touch(id, "PURCHASE");
    dispatcher.dispatch();
    assertEquals("Merci pour votre achat", single(email).getSubject());

    consent(id, GRANTED);
    enrolment(id, CUSTOMER_FOLLOW_UP).body("state", equalTo("WAITING"));
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();

    assertEquals(
        List.of(
            "Merci pour votre achat",
            "Nos nouveautés, et une réduction sur votre prochain achat",
            "Nous recommanderiez-vous ?"),
        subjects(email));
  }

  @Test
  void shouldNeverSendAStepThatPassedBeforeConsentWasGiven() throws Exception {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "stage", "DECISION"));
    touch(id, "PURCHASE");
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    enrolment(id, CUSTOMER_FOLLOW_UP)
        .body("note", containsString("Marketing email needs granted consent"));

    consent(id, GRANTED);
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();

    assertEquals(
        List.of("Thank you for your purchase", "Would you recommend us?"), subjects(email));
  }

  @Test
  void shouldSendNothingMoreOnceTheLeadUnsubscribedThroughTheLink() throws Exception {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "consent", GRANTED));
    Mails.move(id, "CUSTOMER");
    dispatcher.dispatch();
    MimeMessage thanks = single(email);

    anonymous()
        .contentType("application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .when()
        .post(Mails.unsubscribePath(thanks))
        .then()
        .statusCode(200);
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();

    assertEquals(1, MailServer.receivedBy(email).size());
    enrolment(id, CUSTOMER_FOLLOW_UP)
        .body("state", equalTo("EXITED"))
        .body("exitReason", equalTo("Unsubscribed (UNSUBSCRIBED)"));
  }

  @Test
  void shouldEndTheFollowUpOnAComplaintAndSayWhy() throws Exception {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "stage", "DECISION", "consent", GRANTED));
    touch(id, "PURCHASE");
    dispatcher.dispatch();

    touch(id, "COMPLAINT");
    Mails.makeDue(id, CUSTOMER_FOLLOW_UP);
    dispatcher.dispatch();

    assertEquals(1, MailServer.receivedBy(email).size());
    enrolment(id, CUSTOMER_FOLLOW_UP)
        .body("state", equalTo("EXITED"))
        .body("exitReason", equalTo("A COMPLAINT touchpoint was recorded"))
        .body("next", nullValue());
  }

  private static ValidatableResponse enrolment(String leadId, java.util.UUID journeyId) {
    List<Map<String, Object>> all =
        given()
            .when()
            .get("/api/leads/" + leadId + "/journeys")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.journeyId == '" + journeyId + "' }");
    assertEquals(1, all.size(), "one enrolment in " + journeyId);
    return given()
        .when()
        .get("/api/leads/" + leadId + "/journeys")
        .then()
        .rootPath("find { it.journeyId == '" + journeyId + "' }");
  }

  private static void consent(String id, Map<String, Object> consent) {
    given()
        .contentType(ContentType.JSON)
        .body(consent)
        .when()
        .put("/api/leads/" + id + "/consent")
        .then()
        .statusCode(200);
  }

  private static MimeMessage single(String email) {
    List<MimeMessage> received = MailServer.receivedBy(email);
    assertEquals(1, received.size());
    return received.get(0);
  }

  private static List<String> subjects(String email) {
    return MailServer.receivedBy(email).stream().map(Seed001ScenarioTest::subject).toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
