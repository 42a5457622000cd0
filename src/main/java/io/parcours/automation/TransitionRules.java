package io.parcours.automation;

import io.parcours.lead.Stage;
import io.parcours.lead.StagePath;
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
 * Decides which stage a touchpoint moves its lead to, on the lead's stage path. Only forward moves
 * (ADVANCE) are ever chosen: a rule never makes a customer a prospect again, and never touches a
 * LOST lead. A target the path lacks becomes the path's next stage after it. Where the path has a
 * score threshold for the lead's stage, it replaces the rules that fire on score alone. When
 * several match, the furthest target wins, the first rule in priority order on a tie, a rule before
 * the threshold.
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

    /** A rule that fires on the score alone, whatever the touchpoint. */
    boolean onScoreOnly() {
      return type == null && minScore != null;
    }

    Stage targetFrom(Stage stage, StagePath path) {
      return target != null ? path.from(target) : path.next(stage);
    }
  }

  /** The move chosen: by a rule, or (rule null) by the path's score threshold. */
  public record Firing(Rule rule, Stage target) {}

  private final List<Rule> rules;

  /** The rules, in priority order. */
  public TransitionRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** On the path every lead without a persona journey follows. */
  public Optional<Firing> decide(
      Stage stage, TouchpointType type, Sentiment sentiment, int score, IntSupplier occurrences) {
    return decide(StagePath.ALL, stage, type, sentiment, score, occurrences);
  }

  /**
   * @param occurrences how many touchpoints of this type the lead has had, this one included; asked
   *     only when a matching rule needs it
   */
  public Optional<Firing> decide(
      StagePath path,
      Stage stage,
      TouchpointType type,
      Sentiment sentiment,
      int score,
      IntSupplier occurrences) {
    Integer threshold = path.threshold(stage);
    Firing best = null;
    Integer count = null;
    for (Rule rule : rules) {
      if (!rule.matches(stage, type, sentiment, score)
          || (threshold != null && rule.onScoreOnly())) {
        continue;
      }
      Stage target = rule.targetFrom(stage, path);
      if (!ahead(stage, target, best, path)) {
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
    if (threshold != null && score >= threshold && ahead(stage, path.next(stage), best, path)) {
      best = new Firing(null, path.next(stage));
    }
    return Optional.ofNullable(best);
  }

  /** Whether the target is a forward move on the path, further than the best so far. */
  private static boolean ahead(Stage stage, Stage target, Firing best, StagePath path) {
    return target != null
        && StageRules.kind(stage, target, path).orElse(null) == TransitionKind.ADVANCE
        && (best == null || target.ordinal() > best.target().ordinal());
  }
}
