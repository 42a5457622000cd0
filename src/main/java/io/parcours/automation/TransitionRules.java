package io.parcours.automation;

import io.parcours.lead.Stage;
import io.parcours.lead.StageRules;
import io.parcours.lead.TransitionKind;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Decides which stage a touchpoint moves its lead to. Only forward moves (ADVANCE) are ever chosen:
 * a rule never makes a customer a prospect again, and never touches a LOST lead. When several rules
 * match, the furthest target wins, the first rule in priority order on a tie.
 */
public final class TransitionRules {

  /**
   * One rule; null type, sentiment, score or target mean any type, any sentiment, no score, next.
   */
  public record Rule(
      UUID id,
      String name,
      TouchpointType type,
      Sentiment sentiment,
      int minOccurrences,
      Integer minScore,
      Set<Stage> fromStages,
      Stage target) {

    boolean matches(Stage stage, TouchpointType t, Sentiment s, int score) {
      return (fromStages.isEmpty() || fromStages.contains(stage))
          && (type == null || type == t)
          && (sentiment == null || sentiment == s)
          && (minScore == null || score >= minScore);
    }

    Stage targetFrom(Stage stage) {
      return target != null ? target : stage.next();
    }
  }

  public record Firing(Rule rule, Stage target) {}

  private final List<Rule> rules;

  /** The rules, in priority order. */
  public TransitionRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * @param occurrences how many touchpoints of this type the lead has had, this one included; asked
   *     only when a matching rule needs it
   */
  public Optional<Firing> decide(
      Stage stage, TouchpointType type, Sentiment sentiment, int score, IntSupplier occurrences) {
    Firing best = null;
    Integer count = null;
    for (Rule rule : rules) {
      if (!rule.matches(stage, type, sentiment, score)) {
        continue;
      }
      Stage target = rule.targetFrom(stage);
      if (target == null
          || StageRules.kind(stage, target).orElse(null) != TransitionKind.ADVANCE
          || (best != null && target.ordinal() <= best.target().ordinal())) {
        continue;
      }
      if (rule.minOccurrences() > 1) {
        count = count == null ? occurrences.getAsInt() : count;
        if (count < rule.minOccurrences()) {
          continue;
        }
      }
      best = new Firing(rule, target);
    }
    return Optional.ofNullable(best);
  }
}
