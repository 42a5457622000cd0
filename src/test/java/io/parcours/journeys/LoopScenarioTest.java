package io.parcours.journeys;

import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.moveTo;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.parcours.support.TouchpointFixtures.touch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.common.AppClock;
import io.parcours.email.Dispatcher;
import io.parcours.support.MailServer;
import io.parcours.support.Outboxes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loop of the journey runs by itself, on a clock the test moves: a repeat purchase starts a new
 * cycle with its own emails, a silent customer is won back, a lost lead that shows up again starts
 * over at DISCOVERY.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class LoopScenarioTest {

  static final Map<String, Object> GRANTED =
      Map.of("status", "GRANTED", "basis", "CONSENT", "source", "checkout");

  @Inject Dispatcher dispatcher;
  @Inject Runner runner;
  @Inject Silence silence;

  private final JourneyClock clock = new JourneyClock();

  @BeforeEach
  void moveTheClock() {
    QuarkusMock.installMockForType(clock, AppClock.class);
  }

  @AfterEach
  void resetTheClock() {
    clock.ahead = Duration.ZERO;
  }

  @Test
  void shouldStartANewCycleWithItsOwnThankYouAndFollowUpOnARepeatPurchase() throws Exception {
    String persona = createPersona("Loop");
    String thanks = template("Thanks for your order " + UUID.randomUUID());
    String followUp = template("How is it going " + UUID.randomUUID());
    journey(
        persona,
        Map.of("entryStage", "CUSTOMER", "reentry", "CYCLE"),
        List.of(
            Map.of("kind", "SEND", "templateId", thanks, "marketing", false),
            Map.of("kind", "WAIT", "duration", "P7D"),
            send(followUp)));
    String email = uniqueEmail();
    String lead = lead(email, persona, "DECISION");

    touch(lead, "PURCHASE");
    run(Duration.ofDays(8), lead);
    moveTo(lead, "LOYAL", null);
    clock.ahead = Duration.ofDays(38);
    touch(lead, "PURCHASE");
    run(Duration.ofDays(46), lead);

    assertEquals(
        List.of(
            "Thanks for your order", "How is it going", "Thanks for your order", "How is it going"),
        subjects(email, "Thanks for your order", "How is it going"));
    given()
        .when()
        .get("/api/leads/" + lead)
        .then()
        .body("stage", equalTo("CUSTOMER"))
        .body("cycle", equalTo(2));
    given()
        .when()
        .get("/api/leads/" + lead + "/history")
        .then()
        .body("items.kind", contains("ENTRY", "ADVANCE", "ADVANCE", "REPEAT_PURCHASE", "ADVANCE"))
        .body("items.to", contains("DECISION", "CUSTOMER", "LOYAL", "DECISION", "CUSTOMER"))
        .body("items[3].cause.type", equalTo("PURCHASE"))
        .body("items[4].cause.type", equalTo("PURCHASE"))
        .body("items[4].reason", equalTo("A new purchase starts cycle 2"));
    given()
        .when()
        .get("/api/leads/" + lead + "/journeys")
        .then()
        .body(
            "findAll { it.journeyName == 'Loop " + persona + "' }.state",
            contains("COMPLETED", "COMPLETED"));
  }

  @Test
  void shouldSendTheWinBackEmailAfterNinetySilentDaysOncePerSilence() throws Exception {
    String persona = createPersona("Win-back");
    String winBack = template("We miss you " + UUID.randomUUID());
    journey(persona, Map.of("entrySilence", "P90D"), List.of(send(winBack)));
    String email = uniqueEmail();
    String lead = lead(email, persona, "CUSTOMER");
    touch(lead, "STORE_VISIT");

    clock.ahead = Duration.ofDays(89);
    silence.enterSilent();
    Outboxes.holdAllBut(lead);
    dispatcher.dispatch();
    assertEquals(List.of(), subjects(email, "We miss you"));

    clock.ahead = Duration.ofDays(91);
    silence.enterSilent();
    silence.enterSilent();
    Outboxes.holdAllBut(lead);
    dispatcher.dispatch();
    assertEquals(List.of("We miss you"), subjects(email, "We miss you"));

    touch(lead, "PAGE_VIEW");
    clock.ahead = Duration.ofDays(91 + 91);
    silence.enterSilent();
    Outboxes.holdAllBut(lead);
    dispatcher.dispatch();
    assertEquals(List.of("We miss you", "We miss you"), subjects(email, "We miss you"));
  }

  @Test
  void shouldReengageALostLeadAtDiscoveryAndKeepItsPast() {
    String lead = lead(uniqueEmail(), createPersona("Lost"), "REFLECTION");
    moveTo(lead, "LOST", "chose a competitor");

    touch(lead, "EMAIL_OPEN");
    given().when().get("/api/leads/" + lead).then().body("stage", equalTo("LOST"));

    String visit = touch(lead, "PAGE_VIEW");
    given().when().get("/api/leads/" + lead).then().body("stage", equalTo("DISCOVERY"));
    given()
        .when()
        .get("/api/leads/" + lead + "/history")
        .then()
        .body("items.to", contains("REFLECTION", "LOST", "DISCOVERY"))
        .body("items[1].reason", equalTo("chose a competitor"))
        .body("items[2].kind", equalTo("REENGAGEMENT"))
        .body("items[2].cause.type", equalTo("TOUCHPOINT"))
        .body("items[2].cause.id", equalTo(visit));
  }

  @Test
  void shouldRefuseASilenceThatIsNoDurationOrASecondEntry() {
    String template = template("Refused " + UUID.randomUUID());
    for (Map<String, Object> entry :
        List.of(
            Map.<String, Object>of("entrySilence", "P0D"),
            Map.<String, Object>of("entrySilence", "ninety days"),
            Map.<String, Object>of("entrySilence", "P9999D"),
            Map.<String, Object>of("entrySilence", "P90D", "entryStage", "CUSTOMER"))) {
      Map<String, Object> body = new HashMap<>(entry);
      body.put("name", "Refused");
      body.put("steps", List.of(send(template)));
      given()
          .contentType(ContentType.JSON)
          .body(body)
          .when()
          .post("/api/journeys")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(entry.size() == 2 ? "entryStage" : "entrySilence"));
    }
  }

  /** The clock moves this far ahead; due steps run and due emails go. */
  private void run(Duration ahead, String lead) {
    clock.ahead = ahead;
    Outboxes.holdAllBut(lead);
    runner.advance();
    dispatcher.dispatch();
  }

  private static String lead(String email, String persona, String stage) {
    return createLeadId(
        Map.of("email", email, "personaId", persona, "stage", stage, "consent", GRANTED));
  }

  private static Map<String, Object> send(String template) {
    return Map.of("kind", "SEND", "templateId", template);
  }

  static void journey(String persona, Map<String, Object> entry, List<Map<String, Object>> steps) {
    Map<String, Object> body = new HashMap<>(entry);
    body.put("name", "Loop " + persona);
    body.put("personaId", persona);
    body.put("steps", steps);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/journeys")
        .then()
        .statusCode(201);
  }

  /** A template whose subject is the given text without its unique suffix. */
  static String template(String name) {
    String subject = name.substring(0, name.lastIndexOf(' '));
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                name,
                "locales",
                Map.of(
                    "en",
                    Map.of("subject", subject, "html", "<p>" + subject + "</p>", "text", subject))))
        .when()
        .post("/api/email-templates")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The subjects this address received, among the given ones, in order. */
  static List<String> subjects(String email, String... among) throws Exception {
    List<String> found = new ArrayList<>();
    for (MimeMessage m : MailServer.receivedBy(email)) {
      if (List.of(among).contains(m.getSubject())) {
        found.add(m.getSubject());
      }
    }
    return found;
  }
}
