package io.parcours.journeys;

import io.parcours.common.AppClock;
import io.parcours.lead.Lead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Win-back: enters the customers silent for as long as a journey says into it, once per silence (a
 * touchpoint ends the silence; the next one counts from it). Each lead enters in a transaction of
 * its own, on a locked lead and a fresh check, so that instances sharing the work never enter it
 * twice.
 */
@ApplicationScoped
public class Silence {

  /**
   * Parameters: journey id, now, then the lead's id where the condition names one. Silence runs
   * from the last touchpoint, or from entering the stage for a customer who never had one.
   */
  private static final String SILENT =
      """
      select l.id from lead l
      join journey j on j.id = ?1 and j.active and j.entry_silence is not null
      where l.stage in ('CUSTOMER', 'LOYAL', 'ADVOCATE')
        %s
        and greatest(l.last_touchpoint_at, l.stage_entered_at)
            <= cast(?2 as timestamptz) - cast(j.entry_silence as interval)
        and (j.persona_id is null or j.persona_id = l.persona_id)
        and l.consent_status not in ('UNSUBSCRIBED', 'SUPPRESSED')
        and not exists (select 1 from journey_enrolment e where e.journey_id = j.id
          and e.lead_id = l.id
          and e.entered_at >= greatest(l.last_touchpoint_at, l.stage_entered_at))
      order by l.id limit 500
      """;

  @Inject AppClock clock;
  @Inject EntityManager em;
  @Inject Enrolments enrolments;

  @Scheduled(
      every = "{parcours.journeys.silence-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    enterSilent();
  }

  /** Enters every customer silent long enough into the win-back journeys; answers how many. */
  public int enterSilent() {
    Instant now = clock.now();
    int entered = 0;
    List<UUID> journeys =
        QuarkusTransaction.requiringNew()
            .call(() -> Journey.enteredOnSilence().stream().map(j -> j.id).toList());
    for (UUID journey : journeys) {
      // One batch a run: leads the re-entry policy turns away stay candidates.
      List<UUID> leads = QuarkusTransaction.requiringNew().call(() -> silent(journey, now, null));
      for (UUID lead : leads) {
        if (QuarkusTransaction.requiringNew().call(() -> enter(journey, lead, now))) {
          entered++;
        }
      }
    }
    return entered;
  }

  private boolean enter(UUID journeyId, UUID leadId, Instant now) {
    Lead lead = Lead.findForUpdate(leadId).orElse(null);
    if (lead == null || silent(journeyId, now, leadId).isEmpty()) {
      return false;
    }
    long before = Enrolment.count("journeyId = ?1 and leadId = ?2", journeyId, leadId);
    enrolments.silent(lead, Journey.findById(journeyId));
    return Enrolment.count("journeyId = ?1 and leadId = ?2", journeyId, leadId) > before;
  }

  @SuppressWarnings("unchecked")
  private List<UUID> silent(UUID journeyId, Instant now, UUID leadId) {
    var query =
        em.createNativeQuery(SILENT.formatted(leadId == null ? "" : "and l.id = ?3"), UUID.class)
            .setParameter(1, journeyId)
            .setParameter(2, now);
    if (leadId != null) {
      query.setParameter(3, leadId);
    }
    return query.getResultList();
  }
}
