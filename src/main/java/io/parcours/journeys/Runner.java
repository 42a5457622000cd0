package io.parcours.journeys;

import io.parcours.common.AppClock;
import io.parcours.lead.Lead;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Advances the enrolments whose next step is due, one step per transaction. Each transaction claims
 * its enrolment with FOR UPDATE SKIP LOCKED, so that any number of instances share the work and
 * never run the same step twice.
 */
@ApplicationScoped
public class Runner {

  /** A step that fails is tried again this much later, so that it cannot hold up the others. */
  static final Duration RETRY = Duration.ofMinutes(10);

  @Inject AppClock clock;
  @Inject EntityManager em;
  @Inject Steps steps;

  /** Runs every step due now; answers how many ran. */
  public int advance() {
    Instant start = clock.now();
    int ran = 0;
    while (true) {
      UUID id;
      try {
        id = QuarkusTransaction.requiringNew().call(() -> advanceOne(start));
      } catch (Failed f) {
        Log.errorf(f.getCause(), "Journey enrolment %s: its step failed", f.id);
        QuarkusTransaction.requiringNew().run(() -> postpone(f.id, f.getCause()));
        continue;
      }
      if (id == null) {
        return ran;
      }
      ran++;
    }
  }

  private UUID advanceOne(Instant start) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "select id from journey_enrolment where state in ('ACTIVE', 'WAITING')"
                    + " and due_at <= ?1 order by due_at limit 1 for update skip locked",
                UUID.class)
            .setParameter(1, start)
            .getResultList();
    if (ids.isEmpty()) {
      return null;
    }
    UUID id = ids.get(0);
    try {
      Enrolment e = Enrolment.findById(id);
      Journey j = Journey.findById(e.journeyId);
      Lead lead = Lead.findById(e.leadId);
      steps.run(e, j, lead, clock.now());
      em.flush();
    } catch (RuntimeException ex) {
      throw new Failed(id, ex);
    }
    return id;
  }

  private void postpone(UUID id, Throwable cause) {
    Enrolment e = Enrolment.findById(id);
    Instant now = clock.now();
    e.dueAt = now.plus(RETRY);
    e.note = "Step " + (e.step + 1) + " failed and is tried again later: " + cause.getMessage();
    e.updatedAt = now;
  }

  private static final class Failed extends RuntimeException {
    final UUID id;

    Failed(UUID id, RuntimeException cause) {
      super(cause);
      this.id = id;
    }
  }
}
