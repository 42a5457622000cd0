package io.parcours.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** What tests that move the application's clock ahead need of the outbox. */
public final class Outboxes {

  private Outboxes() {}

  /**
   * Puts every other lead's waiting emails a century later, so that a dispatch at a clock moved
   * months ahead meets only these leads' emails: earlier tests in the same run leave thousands.
   */
  public static void holdAllBut(String... leadIds) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Arc.container()
                    .instance(EntityManager.class)
                    .get()
                    .createNativeQuery(
                        "update email_outbox set due_at = now() + interval '100 years'"
                            + " where status in ('PENDING', 'RETRY')"
                            + " and lead_id::text <> all (string_to_array(?1, ','))")
                    .setParameter(1, String.join(",", leadIds))
                    .executeUpdate());
  }
}
