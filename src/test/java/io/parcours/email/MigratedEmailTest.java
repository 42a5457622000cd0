package io.parcours.email;

import static io.parcours.support.Fixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Emails an email rule planned before journeys replaced rules have a journey but no enrolment: they
 * still stop when their journey is deactivated or the lead reaches one of its exits.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class MigratedEmailTest {

  @Inject Dispatcher dispatcher;
  @Inject EntityManager em;

  @Test
  void shouldStopAMigratedEmailWhoseJourneyWasDeactivated() {
    Migrated m = migrated("{}");
    sql("update journey set active = false where id = ?1", m.journey);

    dispatcher.dispatch();

    assertStopped(m, "no longer active");
  }

  @Test
  void shouldStopAMigratedEmailWhenTheLeadReachedAnExitOfItsJourney() {
    Migrated m = migrated("{ADVOCATE}");
    Mails.move(m.lead, "ADVOCATE");

    dispatcher.dispatch();

    assertStopped(m, "ADVOCATE");
  }

  @Test
  void shouldSendAMigratedEmailWhenNothingStopsIt() {
    Migrated m = migrated("{ADVOCATE}");

    dispatcher.dispatch();

    assertEquals(OutboxStatus.SENT, row(m).status);
    assertEquals(1, MailServer.receivedBy(m.email).size());
  }

  private record Migrated(String lead, String email, UUID journey, UUID row) {}

  /** A LOYAL lead with a due email as the migration leaves one: a journey, no enrolment. */
  private Migrated migrated(String exitStages) {
    Map<String, String> setup = Mails.journey("LOYAL", "P30D", false);
    UUID journey = UUID.fromString(setup.get("journey"));
    sql(
        "update journey set exit_stages = cast(?2 as varchar[]) where id = ?1",
        journey,
        exitStages);
    String email = uniqueEmail();
    String lead = Mails.loyalLead(setup, email);
    UUID row = UUID.randomUUID();
    sql(
        "insert into email_outbox (id, lead_id, journey_id, transition_id, template_id, stage,"
            + " stage_entered_at, marketing, status, due_at, created_at, updated_at)"
            + " select ?1, l.id, ?2, t.id, ?3, l.stage, l.stage_entered_at, false, 'PENDING',"
            + " now() - interval '1 minute', now(), now() from lead l join stage_transition t"
            + " on t.lead_id = l.id and t.to_stage = l.stage where l.id = ?4",
        row,
        journey,
        UUID.fromString(setup.get("template")),
        UUID.fromString(lead));
    Mails.holdAllBut(journey);
    return new Migrated(lead, email, journey, row);
  }

  private void assertStopped(Migrated m, String why) {
    OutboxEmail e = row(m);
    assertEquals(OutboxStatus.CANCELLED, e.status);
    assertTrue(e.reason.contains(why), e.reason);
    assertEquals(0, MailServer.receivedBy(m.email).size());
  }

  private OutboxEmail row(Migrated m) {
    return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.findById(m.row));
  }

  private void sql(String statement, Object... values) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var q = em.createNativeQuery(statement);
              for (int i = 0; i < values.length; i++) {
                q.setParameter(i + 1, values[i]);
              }
              q.executeUpdate();
            });
  }
}
