package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.email.rule.EmailRule;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadsEntered;
import io.parcours.lead.StageChanged;
import io.parcours.lead.StageTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the due emails of a stage change in the transaction that moved the lead, and cancels those
 * of the stage it left.
 */
@ApplicationScoped
class Planner {

  @Inject AppClock clock;
  @Inject Outbox outbox;

  void on(@Observes StageChanged change) {
    Lead lead = change.lead();
    StageTransition t = change.transition();
    Instant now = clock.now();
    if (t.fromStage != null) {
      outbox.cancelLeftStage(
          lead.id,
          t.fromStage,
          "The lead left " + t.fromStage + " for " + t.toStage + " before the email was due");
    }
    UUID persona = lead.persona == null ? null : lead.persona.id;
    for (EmailRule rule : EmailRule.findTriggeredBy(t.toStage)) {
      boolean forPersona = rule.personaId == null || rule.personaId.equals(persona);
      if (forPersona && Consents.refusal(lead.consent, rule.marketing).isEmpty()) {
        plan(lead, rule, t, now);
      }
    }
  }

  /**
   * The same for many new leads' entries at once: one statement plans the due emails of all of
   * them.
   */
  void on(@Observes LeadsEntered entered) throws SQLException {
    outbox.planEntries(entered);
  }

  private void plan(Lead lead, EmailRule rule, StageTransition t, Instant now) {
    OutboxEmail e = new OutboxEmail();
    e.id = UUID.randomUUID();
    e.leadId = lead.id;
    e.ruleId = rule.id;
    e.transitionId = t.id;
    e.stage = t.toStage;
    e.stageEnteredAt = t.at;
    e.marketing = rule.marketing;
    e.dueAt = t.at.plus(rule.delay());
    e.createdAt = now;
    e.updatedAt = now;
    outbox.plan(e);
  }
}
