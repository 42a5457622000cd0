package io.parcours.journeys;

import static io.parcours.journeys.LoopScenarioTest.GRANTED;
import static io.parcours.journeys.LoopScenarioTest.subjects;
import static io.parcours.journeys.LoopScenarioTest.template;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.createPersona;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A renewal date sends its reminder 14 days before, at 9:00 where each lead lives. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class DateEntryTest {

  private static final String REMINDER = "Your renewal is coming";

  @Inject Dispatcher dispatcher;
  @Inject Runner runner;
  @Inject DateEntries dates;

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
  void shouldRemindEachLeadFourteenDaysBeforeItsRenewalAtNineInItsOwnTimeZone() throws Exception {
    String persona = createPersona("Renewal");
    String journey = journey(persona, Map.of("attribute", "renewal", "days", -14, "at", "09:00"));
    LocalDate renewal = LocalDate.now(ZoneOffset.UTC).plusDays(20);
    String parisEmail = uniqueEmail();
    String montrealEmail = uniqueEmail();
    String paris = lead(parisEmail, persona, "Europe/Paris", renewal);
    String montreal = lead(montrealEmail, persona, "America/Montreal", renewal);
    Instant parisAt = nine(renewal.minusDays(14), "Europe/Paris");
    Instant montrealAt = nine(renewal.minusDays(14), "America/Montreal");

    dates.enterDue();
    enrolments(paris, journey).body("size()", equalTo(0));

    clock.ahead = Duration.ofDays(5);
    dates.enterDue();
    dates.enterDue();
    enrolments(paris, journey)
        .body("size()", equalTo(1))
        .body("[0].next.at", equalTo(parisAt.toString()));
    enrolments(montreal, journey)
        .body("size()", equalTo(1))
        .body("[0].next.at", equalTo(montrealAt.toString()));

    runAt(parisAt.plusSeconds(60), paris, montreal);
    assertEquals(List.of(REMINDER), subjects(parisEmail, REMINDER));
    assertEquals(List.of(), subjects(montrealEmail, REMINDER));

    runAt(montrealAt.plusSeconds(60), paris, montreal);
    dates.enterDue();
    runAt(montrealAt.plusSeconds(120), paris, montreal);
    assertEquals(List.of(REMINDER), subjects(parisEmail, REMINDER));
    assertEquals(List.of(REMINDER), subjects(montrealEmail, REMINDER));
  }

  @Test
  void shouldRefuseATimeZoneThatIsNoIanaRegionAndAnEntryOutOfBounds() {
    for (String zone : List.of("Mars/Olympus", "+01:00", "CET", "Europe/" + "x".repeat(70))) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("email", uniqueEmail(), "timeZone", zone))
          .when()
          .post("/api/leads")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("timeZone"));
    }
    String template = template("Refused " + UUID.randomUUID());
    for (Map<String, Object> entry :
        List.of(
            Map.<String, Object>of("attribute", "renewal", "days", 400),
            Map.<String, Object>of("attribute", "renewal", "days", -1, "at", "25:00"),
            Map.<String, Object>of("attribute", "a'); drop table lead; --", "days", 1))) {
      Map<String, Object> body = new HashMap<>();
      body.put("name", "Refused");
      body.put("entryDate", entry);
      body.put("steps", List.of(Map.of("kind", "SEND", "templateId", template)));
      given()
          .contentType(ContentType.JSON)
          .body(body)
          .when()
          .post("/api/journeys")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  private void runAt(Instant at, String... leads) {
    clock.ahead = Duration.between(Instant.now(), at);
    Outboxes.holdAllBut(leads);
    runner.advance();
    dispatcher.dispatch();
  }

  private static Instant nine(LocalDate day, String zone) {
    return ZonedDateTime.of(day, LocalTime.of(9, 0), ZoneId.of(zone)).toInstant();
  }

  private static String lead(String email, String persona, String zone, LocalDate renewal) {
    return createLeadId(
        Map.of(
            "email",
            email,
            "personaId",
            persona,
            "timeZone",
            zone,
            "consent",
            GRANTED,
            "attributes",
            Map.of("renewal", renewal.toString())));
  }

  private static String journey(String persona, Map<String, Object> entry) {
    String template = template(REMINDER + " " + UUID.randomUUID());
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Renewal " + persona);
    body.put("personaId", persona);
    body.put("entryDate", entry);
    // A reminder of the customer's own contract is a service email: the weekly cap leaves it alone.
    body.put("steps", List.of(Map.of("kind", "SEND", "templateId", template, "marketing", false)));
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/journeys")
        .then()
        .statusCode(201)
        .body("entryDate.at", equalTo("09:00"))
        .extract()
        .path("id");
  }

  private static io.restassured.response.ValidatableResponse enrolments(
      String lead, String journey) {
    return given()
        .when()
        .get("/api/leads/" + lead + "/journeys")
        .then()
        .rootPath("findAll { it.journeyId == '" + journey + "' }");
  }
}
