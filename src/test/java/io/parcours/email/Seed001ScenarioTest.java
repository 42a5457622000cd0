package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.anonymous;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 001: a customer is thanked at once, receives news and a discount code a week later, and a
 * review request after a month; once unsubscribed, nothing more.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class Seed001ScenarioTest {

  @Inject Dispatcher dispatcher;

  @Test
  void shouldThankAtOnceThenSendNewsWithAWorkingSingleUseCodeAfterSevenDays() throws Exception {
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
    Mails.move(id, "CUSTOMER");

    dispatcher.dispatch();

    List<MimeMessage> received = MailServer.receivedBy(email);
    assertEquals(1, received.size());
    MimeMessage thanks = received.get(0);
    assertEquals("Thank you for your purchase, <b>Zoé</b> & Co", thanks.getSubject());
    String html = Mails.part(thanks, "text/html");
    assertTrue(html.contains("Hello &lt;b&gt;Zoé&lt;/b&gt; &amp; Co,"), html);
    assertFalse(html.contains("<b>Zoé</b>"), html);
    assertTrue(html.contains(Mails.unsubscribePath(thanks)), "visible unsubscribe link");
    assertEquals("List-Unsubscribe=One-Click", thanks.getHeader("List-Unsubscribe-Post")[0]);
    assertEquals("CANCELLED", Mails.row(id, Mails.DECISION_CASE).status.name());

    Mails.makeDue(id, Mails.NEWS_AND_DISCOUNT);
    dispatcher.dispatch();

    received = MailServer.receivedBy(email);
    assertEquals(2, received.size());
    MimeMessage news = received.get(1);
    assertEquals("Our news, and a discount on your next purchase", news.getSubject());
    String code =
        given()
            .when()
            .get("/api/leads/" + id + "/discounts")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].code");
    assertTrue(Mails.part(news, "text/plain").contains("the code " + code + " gives you 10%"));
    given().when().post("/api/discounts/" + code + "/redeem").then().statusCode(200);
    given().when().post("/api/discounts/" + code + "/redeem").then().statusCode(409);

    dispatcher.dispatch();
    assertEquals(2, MailServer.receivedBy(email).size(), "no second message for a rule");
  }

  @Test
  void shouldAskForAReviewAfterThirtyDays() throws Exception {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "locale", "fr", "consent", GRANTED));
    Mails.move(id, "CUSTOMER");
    Mails.makeDue(id, Mails.REVIEW_REQUEST);

    dispatcher.dispatch();

    List<String> subjects =
        MailServer.receivedBy(email).stream().map(Seed001ScenarioTest::subject).toList();
    assertEquals(
        List.of("Merci pour votre achat", "Nous recommanderiez-vous ?"),
        subjects.stream().sorted().toList());
  }

  @Test
  void shouldSendNothingMoreOnceTheLeadUnsubscribedThroughTheLink() throws Exception {
    String email = uniqueEmail();
    String id = createLeadId(Map.of("email", email, "consent", GRANTED));
    Mails.move(id, "CUSTOMER");
    dispatcher.dispatch();
    MimeMessage thanks = MailServer.receivedBy(email).get(0);

    anonymous()
        .contentType("application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .when()
        .post(Mails.unsubscribePath(thanks))
        .then()
        .statusCode(200);
    Mails.makeDue(id, Mails.NEWS_AND_DISCOUNT);
    Mails.makeDue(id, Mails.REVIEW_REQUEST);
    dispatcher.dispatch();

    assertEquals(1, MailServer.receivedBy(email).size());
    given()
        .when()
        .get("/api/emails?leadId=" + id + "&status=CANCELLED")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.equalTo(2))
        .body("items[0].reason", containsString("UNSUBSCRIBED"));
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
