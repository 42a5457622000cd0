package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.email.rule.EmailRule;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadsEntered;
import io.parcours.lead.StageChanged;
import io.parcours.lead.StageTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
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

  /**
   * The same for many new leads' entries at once: one statement plans the due emails of all of
   * them.
   */
  void on(@Observes LeadsEntered entered) throws SQLException {
    try (PreparedStatement s = entered.connection().prepareStatement(PLAN_ENTRIES)) {
      s.setString(1, OutboxStatus.PENDING.name());
      entered.bind(s, 2);
      s.executeUpdate();
    }
  }

  private static final String PLAN_ENTRIES =
      """
      insert into email_outbox (id, lead_id, rule_id, transition_id, stage, stage_entered_at,
        marketing, status, due_at, created_at, updated_at)
      select gen_random_uuid(), t.lead_id, r.id, t.id, t.to_stage, t.at, r.marketing, ?,
        t.at + r.delay_seconds * interval '1 second', now(), now()
      from stage_transition t
      join lead l on l.id = t.lead_id
      join email_rule r on r.active and r.stage = t.to_stage
        and (r.persona_id is null or r.persona_id = l.persona_id)
      where %s and %s
      """
          .formatted(LeadsEntered.ENTRIES, Consents.allowedSql("l.consent_status", "r.marketing"));

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
