package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a journey step plans, and what consent stops. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class PlanningTest {

  @Inject Dispatcher dispatcher;
  @Inject EntityManager em;

  @Test
  void shouldPlanOnlyForTheJourneysPersona() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", true);
    String other =
        createLeadId(Map.of("email", uniqueEmail(), "stage", "LOYAL", "consent", GRANTED));

    assertEquals(0, Mails.rows(other).stream().filter(e -> isOf(e, setup)).count());
    String mine = lead(setup, GRANTED);
    assertEquals(1, Mails.rows(mine).stream().filter(e -> isOf(e, setup)).count());
  }

  @Test
  void shouldPlanMarketingOnlyWithGrantedConsentButTransactionalEmailWithout() {
    Map<String, String> marketing = Mails.journey("LOYAL", "PT0S", true);
    Map<String, String> transactional = Mails.journey("LOYAL", "PT0S", false);

    String unknownConsent = lead(marketing, Map.of("status", "UNKNOWN"));
    String unsubscribed = lead(transactional, Map.of("status", "UNSUBSCRIBED"));
    String unknownToo = lead(transactional, Map.of("status", "UNKNOWN"));

    assertEquals(0, Mails.rows(unknownConsent).size());
    assertEquals(0, Mails.rows(unsubscribed).size());
    assertEquals(1, Mails.rows(unknownToo).size());
  }

  @Test
  void shouldSendNothingToALeadThatUnsubscribedAfterPlanning() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", true);
    String email = uniqueEmail();
    String id = Mails.loyalLead(setup, email);
    UUID journey = UUID.fromString(setup.get("journey"));

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "UNSUBSCRIBED", "source", "phone call"))
        .when()
        .put("/api/leads/" + id + "/consent")
        .then()
        .statusCode(200);
    Mails.makeDue(id, journey);
    dispatcher.dispatch();

    OutboxEmail row = Mails.row(id, journey);
    assertEquals(OutboxStatus.CANCELLED, row.status);
    assertTrue(row.reason.contains("UNSUBSCRIBED"), row.reason);
    assertEquals(0, MailServer.receivedBy(email).size());
  }

  @Test
  void shouldLetTheDatabaseRefuseASecondEmailForTheSameEnrolmentStep() {
    Map<String, String> setup = Mails.journey("LOYAL", "PT0S", true);
    String id = lead(setup, GRANTED);
    OutboxEmail planned = Mails.row(id, UUID.fromString(setup.get("journey")));

    assertThrows(
        RuntimeException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        em.createNativeQuery(
                                "insert into email_outbox (id, lead_id, journey_id, enrolment_id,"
                                    + " step, template_id, transition_id, stage,"
                                    + " stage_entered_at, marketing, status, due_at, created_at,"
                                    + " updated_at) select gen_random_uuid(), lead_id,"
                                    + " journey_id, enrolment_id, step, template_id,"
                                    + " transition_id, stage, stage_entered_at, marketing,"
                                    + " 'PENDING', due_at, now(), now() from email_outbox"
                                    + " where id = ?1")
                            .setParameter(1, planned.id)
                            .executeUpdate()));
  }

  private static boolean isOf(OutboxEmail e, Map<String, String> setup) {
    return setup.get("journey").equals(String.valueOf(e.journeyId));
  }

  private static String lead(Map<String, String> setup, Map<String, Object> consent) {
    return createLeadId(
        Map.of(
            "email",
            uniqueEmail(),
            "stage",
            "LOYAL",
            "personaId",
            setup.get("persona"),
            "consent",
            consent));
  }
}
