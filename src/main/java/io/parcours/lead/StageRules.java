package io.parcours.lead;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which moves between stages the journey allows, and what each one means. */
public final class StageRules {

  private static final Set<Stage> REPEAT_FROM = EnumSet.of(Stage.LOYAL, Stage.ADVOCATE);
  private static final Set<Stage> REPEAT_TO = EnumSet.of(Stage.REFLECTION, Stage.DECISION);

  private StageRules() {}

  /** The kind of the move, or empty when the journey does not allow it. */
  public static Optional<TransitionKind> kind(Stage from, Stage to) {
    if (from == to) {
      return Optional.empty();
    }
    if (to == Stage.LOST) {
      return Optional.of(TransitionKind.LOSS);
    }
    if (from == Stage.LOST) {
      return to == Stage.DISCOVERY ? Optional.of(TransitionKind.REENGAGEMENT) : Optional.empty();
    }
    if (to.ordinal() > from.ordinal()) {
      return Optional.of(TransitionKind.ADVANCE);
    }
    if (REPEAT_FROM.contains(from) && REPEAT_TO.contains(to)) {
      return Optional.of(TransitionKind.REPEAT_PURCHASE);
    }
    // Backward within the journey: a buyer can return to an earlier question, but a customer
    // cannot un-buy; a new need after the purchase is a repeat purchase above.
    boolean samePart = from.isBeforePurchase() == to.isBeforePurchase();
    return samePart ? Optional.of(TransitionKind.REGRESSION) : Optional.empty();
  }

  /**
   * The kind of the move for a lead on this path, or empty when the journey does not allow it: a
   * stage outside the path is never entered, and a lost lead is re-engaged at the path's start.
   */
  public static Optional<TransitionKind> kind(Stage from, Stage to, StagePath path) {
    if (!path.includes(to)) {
      return Optional.empty();
    }
    if (from == Stage.LOST && to != Stage.LOST && to == path.first()) {
      return Optional.of(TransitionKind.REENGAGEMENT);
    }
    return kind(from, to);
  }

  /** Every stage the lead may move to from here, with whether the move needs a reason. */
  public static List<Target> targets(Stage from) {
    return targets(from, StagePath.ALL);
  }

  /** Every stage of the path the lead may move to from here. */
  public static List<Target> targets(Stage from, StagePath path) {
    return Arrays.stream(Stage.values())
        .flatMap(to -> kind(from, to, path).map(k -> new Target(to, k, k.needsReason())).stream())
        .toList();
  }

  public record Target(Stage stage, TransitionKind kind, boolean reasonRequired) {}
}
