package io.parcours.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** What tests that move the application's clock ahead need of the outbox. */
public final class Outboxes {

  private Outboxes() {}

  /**
   * Puts every other lead's waiting journey steps and emails a century later, so that the runner
   * and a dispatch at a clock moved months ahead meet only these leads': earlier tests in the same
   * run leave thousands of both.
   */
  public static void holdAllBut(String... leadIds) {
    String leads = String.join(",", leadIds);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EntityManager em = Arc.container().instance(EntityManager.class).get();
              em.createNativeQuery(
                      "update journey_enrolment set due_at = now() + interval '100 years'"
                          + " where due_at is not null and state in ('ACTIVE', 'WAITING')"
                          + " and lead_id::text <> all (string_to_array(?1, ','))")
                  .setParameter(1, leads)
                  .executeUpdate();
              em.createNativeQuery(
                      "update email_outbox set due_at = now() + interval '100 years'"
                          + " where status in ('PENDING', 'RETRY')"
                          + " and lead_id::text <> all (string_to_array(?1, ','))")
                  .setParameter(1, leads)
                  .executeUpdate();
            });
  }
}
