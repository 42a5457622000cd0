package io.parcours.automation;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class JourneyRuleService {

  static final int MAX_RULES = 100;

  @Inject AppClock clock;

  JourneyRule get(UUID id) {
    return JourneyRule.<JourneyRule>findByIdOptional(id)
        .orElseThrow(() -> Problem.notFound("Journey rule", id));
  }

  @Transactional
  JourneyRule create(JourneyRuleRequest r) {
    if (JourneyRule.count() >= MAX_RULES) {
      throw Problem.conflict("There are already " + MAX_RULES + " rules; delete one first");
    }
    JourneyRule rule = new JourneyRule();
    rule.id = UUID.randomUUID();
    rule.createdAt = clock.now();
    apply(rule, r);
    rule.persist();
    JourneyRule.flush();
    return rule;
  }

  @Transactional
  JourneyRule replace(UUID id, String ifMatch, JourneyRuleRequest r) {
    JourneyRule rule = get(id);
    ETags.require(ifMatch, rule.version);
    apply(rule, r);
    JourneyRule.flush();
    return rule;
  }

  @Transactional
  void delete(UUID id) {
    get(id).delete();
  }

  private void apply(JourneyRule rule, JourneyRuleRequest r) {
    if (r.touchpointType() == null && r.minScore() == null) {
      throw invalid("touchpointType", "give a touchpoint type, a minScore, or both");
    }
    if (r.targetStage() == Stage.LOST) {
      throw invalid("targetStage", "rules move leads forward; losing a lead is a person's call");
    }
    if (r.fromStages() != null && r.fromStages().contains(Stage.LOST)) {
      throw invalid("fromStages", "rules never move a LOST lead");
    }
    rule.name = r.name().strip();
    rule.touchpointType = r.touchpointType();
    rule.sentiment = r.sentiment();
    rule.minOccurrences = r.minOccurrences() == null ? 1 : r.minOccurrences();
    rule.minScore = r.minScore();
    rule.fromStages =
        r.fromStages() == null
            ? List.of()
            : r.fromStages().stream().sorted().map(Stage::name).toList();
    rule.targetStage = r.targetStage();
    rule.active = r.active() == null || r.active();
    rule.priority = r.priority() == null ? 100 : r.priority();
    rule.updatedAt = clock.now();
  }

  private static Problem invalid(String field, String message) {
    return Problem.badRequest("The request has invalid fields")
        .with("errors", List.of(Map.of("field", field, "message", message)));
  }
}
