package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.email.rule.EmailRule;
import io.parcours.lead.Lead;
import io.parcours.lead.StageChanged;
import io.parcours.lead.StageTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the due emails of a stage change in the transaction that moved the lead, and cancels those
 * of the stage it left.
 */
@ApplicationScoped
class Planner {

  @Inject AppClock clock;
  @Inject EntityManager em;

  void on(@Observes StageChanged change) {
    Lead lead = change.lead();
    StageTransition t = change.transition();
    Instant now = clock.now();
    if (t.fromStage != null) {
      Jdbc.update(
          em,
          "update email_outbox set status = ?, reason = ?, updated_at = ? where lead_id = ?"
              + " and stage = ? and status = ? and rule_id in"
              + " (select r.id from email_rule r where r.stop_on_stage_exit)",
          OutboxStatus.CANCELLED,
          "The lead left " + t.fromStage + " for " + t.toStage + " before the email was due",
          now,
          lead.id,
          t.fromStage,
          OutboxStatus.PENDING);
    }
    UUID persona = lead.persona == null ? null : lead.persona.id;
    for (EmailRule rule : EmailRule.findTriggeredBy(t.toStage)) {
      boolean forPersona = rule.personaId == null || rule.personaId.equals(persona);
      if (forPersona && Consents.refusal(lead.consent, rule.marketing).isEmpty()) {
        plan(lead, rule, t, now);
      }
    }
  }

  private static void plan(Lead lead, EmailRule rule, StageTransition t, Instant now) {
    OutboxEmail e = new OutboxEmail();
    e.id = UUID.randomUUID();
    e.leadId = lead.id;
    e.ruleId = rule.id;
    e.transitionId = t.id;
    e.stage = t.toStage;
    e.stageEnteredAt = t.at;
    e.marketing = rule.marketing;
    e.status = OutboxStatus.PENDING;
    e.dueAt = t.at.plus(rule.delay());
    e.createdAt = now;
    e.updatedAt = now;
    e.persist();
  }
}
