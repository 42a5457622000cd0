package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.as;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.Fixtures.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.parcours.support.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A content item a salesperson sends from the lead page: through the outbox, once, with consent.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class ContentSendTest {

  @Inject Dispatcher dispatcher;

  @ConfigProperty(name = "parcours.settings.email-weekly-cap")
  int cap;

  static String content(String title) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                title,
                "type",
                "CASE_STUDY",
                "stages",
                List.of("DECISION"),
                "url",
                "https://example.com/cases/" + UUID.randomUUID()))
        .when()
        .post("/api/content")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static io.restassured.response.ValidatableResponse send(
      TestAuth.Session who, String lead, String content, String key) {
    var request = as(who).contentType(ContentType.JSON).body(Map.of("contentId", content));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.when().post("/api/leads/" + lead + "/emails").then();
  }

  @Test
  void shouldSendTheItemOnceInTheLeadsLanguageAndPutItOnTheTimeline() throws Exception {
    TestAuth.Session sales = user("SALES");
    String email = uniqueEmail();
    String lead = leadOf(sales, email, "fr");
    String content = content("Étude de cas " + UUID.randomUUID());
    String key = UUID.randomUUID().toString();

    String id =
        send(sales, lead, content, key)
            .statusCode(201)
            .header("Location", containsString("/api/emails/"))
            .body("status", equalTo("PENDING"))
            .body("journeyId", nullValue())
            .body("contentId", equalTo(content))
            .body("reason", nullValue())
            .extract()
            .path("id");
    send(sales, lead, content, key)
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(id));
    send(sales, lead, content, null)
        .statusCode(409)
        .body("detail", equalTo("This item is already on its way to the lead"))
        .body("emailId", equalTo(id));
    dispatcher.dispatch();

    List<MimeMessage> received = MailServer.receivedBy(email);
    assertEquals(1, received.size());
    String text = Mails.part(received.get(0), "text/plain");
    assertTrue(text.startsWith("Bonjour"), text);
    assertTrue(text.contains("https://example.com/cases/"), text);
    assertTrue(received.get(0).getHeader("List-Unsubscribe")[0].startsWith("<http"));
    given()
        .when()
        .get("/api/leads/" + lead + "/timeline")
        .then()
        .body("items.find { it.kind == 'EMAIL' }.data.status", equalTo("SENT"))
        .body("items.find { it.kind == 'EMAIL' }.data.contentId", equalTo(content));
    given()
        .when()
        .get("/api/leads/" + lead + "/assignments")
        .then()
        .body(
            "items.find { it.contentId == '" + content + "' }.sentAt",
            org.hamcrest.Matchers.notNullValue());
    send(sales, lead, content, null)
        .statusCode(409)
        .body(
            "detail",
            equalTo(
                "The lead already received this item by email during its current DECISION stage"));
  }

  @Test
  void shouldRefuseALeadWithoutConsentAndPlanNothing() {
    TestAuth.Session sales = user("SALES");
    String lead =
        as(sales)
            .contentType(ContentType.JSON)
            .body(Map.of("email", uniqueEmail(), "stage", "DECISION"))
            .when()
            .post("/api/leads")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    send(sales, lead, content("No consent"), null)
        .statusCode(422)
        .body("status", equalTo(422))
        .body("consentStatus", equalTo("UNKNOWN"))
        .body(
            "detail",
            equalTo(
                "Marketing email needs granted consent; the lead's is UNKNOWN: nothing was sent"));
    assertEquals(List.of(), Mails.rows(lead));
  }

  @Test
  void shouldPostponeASendBeyondTheWeeklyCapAndSayUntilWhen() {
    TestAuth.Session sales = user("SALES");
    String email = uniqueEmail();
    String lead = leadOf(sales, email, "en");
    for (int i = 0; i < cap; i++) {
      send(sales, lead, content("Cap " + i), null).statusCode(201);
    }
    dispatcher.dispatch();
    assertEquals(cap, MailServer.receivedBy(email).size());

    Instant now = Instant.now();
    String due =
        send(sales, lead, content("One too many"), null)
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("reason", startsWith("Postponed: the lead reached the weekly cap of " + cap))
            .extract()
            .path("dueAt");
    assertTrue(Instant.parse(due).isAfter(now.plusSeconds(6 * 24 * 3600)), due);
    dispatcher.dispatch();
    assertEquals(cap, MailServer.receivedBy(email).size());
  }

  @Test
  void shouldNotLetASalespersonSendToAnotherOnesLead() {
    TestAuth.Session alice = user("SALES");
    TestAuth.Session bob = user("SALES");
    String lead = leadOf(alice, uniqueEmail(), "en");

    send(bob, lead, content("Not yours"), null).statusCode(404).body("status", equalTo(404));
    send(alice, lead, UUID.randomUUID().toString(), null)
        .statusCode(400)
        .body("errors.field", hasItem("contentId"));
    assertEquals(List.of(), Mails.rows(lead));
  }

  private static String leadOf(TestAuth.Session owner, String email, String locale) {
    return as(owner)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email", email,
                "firstName", "Camille",
                "locale", locale,
                "stage", "DECISION",
                "consent", GRANTED))
        .when()
        .post("/api/leads")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
