package io.parcours.journey.rule;

import io.parcours.common.Actor;
import io.parcours.journey.Cause;
import io.parcours.journey.JourneyService;
import io.parcours.lead.Lead;
import io.parcours.touchpoint.Touchpoint;
import io.parcours.touchpoint.TouchpointRecorded;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * Fires the journey rules on each new touchpoint, after scoring, in the touchpoint's transaction;
 * the transition names the rule as actor and the touchpoint as cause.
 */
@Singleton
class AutoTransitions {

  static final int PRIORITY = Interceptor.Priority.APPLICATION + 100;

  @Inject JourneyService journey;
  @Inject PerTransaction cache;

  void on(@Observes @Priority(PRIORITY) TouchpointRecorded recorded) {
    Lead lead = recorded.lead();
    Touchpoint t = recorded.touchpoint();
    cache
        .rules()
        .decide(
            lead.stage,
            t.type,
            t.sentiment,
            lead.score,
            () -> (int) Touchpoint.countOfTypeUntil(lead.id, t.type, t.occurredAt))
        .ifPresent(
            f ->
                journey.move(
                    lead,
                    f.target(),
                    Actor.rule(f.rule().id()),
                    new Cause(Cause.Type.TOUCHPOINT, t.id.toString()),
                    "Rule: " + f.rule().name()));
  }

  /** The active rules, read once per transaction: a batch of 1000 reads them once. */
  @TransactionScoped
  static class PerTransaction implements Serializable {
    private TransitionRules rules;

    TransitionRules rules() {
      if (rules == null) {
        rules = new TransitionRules(JourneyRule.active());
      }
      return rules;
    }
  }
}
