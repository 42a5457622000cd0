package io.parcours.lead;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The stages a persona's leads go through, in journey order, and the score at which a lead leaves
 * each of them. A stage outside the path is never entered: moves forward skip it.
 */
public record StagePath(Set<Stage> stages, Map<Stage, Integer> thresholds) {

  /** Every stage, no thresholds of its own: the path of a lead without a persona journey. */
  public static final StagePath ALL =
      new StagePath(EnumSet.complementOf(EnumSet.of(Stage.LOST)), Map.of());

  public StagePath {
    Set<Stage> own = EnumSet.noneOf(Stage.class);
    own.addAll(stages);
    stages = Collections.unmodifiableSet(own);
    Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
    limits.putAll(thresholds);
    thresholds = Collections.unmodifiableMap(limits);
  }

  /** Whether a lead of the persona may be in this stage; LOST is open to every lead. */
  public boolean includes(Stage stage) {
    return stage == Stage.LOST || stages.contains(stage);
  }

  /** The first stage of the path. */
  public Stage first() {
    return from(Stage.DISCOVERY);
  }

  /** The next stage of the path after this one, or null at its end and for LOST. */
  public Stage next(Stage stage) {
    return stage == Stage.LOST || stage.next() == null ? null : from(stage.next());
  }

  /** The stage itself when the path has it, else the first one after it; null when none. */
  public Stage from(Stage stage) {
    for (Stage s = stage; s != null; s = s.next()) {
      if (s != Stage.LOST && stages.contains(s)) {
        return s;
      }
    }
    return null;
  }

  /** The score that moves a lead on from this stage, or null when the global rules decide. */
  public Integer threshold(Stage stage) {
    return thresholds.get(stage);
  }
}
