package io.parcours.automation;

import io.parcours.lead.Stage;
import io.parcours.lead.StagePath;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.util.List;
import java.util.Set;

/**
 * The journey as a loop: a purchase by a loyal customer or an advocate starts a new cycle (back to
 * CUSTOMER through the last stage before it, as a repeat purchase may go), and a lost lead that
 * shows a sign of life is re-engaged at the start of its path. Only forward rules run otherwise.
 */
public final class Loop {

  private static final Set<Stage> REPEAT_FROM = Set.of(Stage.LOYAL, Stage.ADVOCATE);

  /** An opened email proves nothing (mail clients fetch images by themselves). */
  private static final Set<TouchpointType> NO_SIGN_OF_LIFE = Set.of(TouchpointType.EMAIL_OPEN);

  private Loop() {}

  /** The moves the touchpoint sets off before the rules decide, in order; often none. */
  public static List<Stage> moves(
      StagePath path, Stage stage, TouchpointType type, Sentiment sentiment) {
    if (REPEAT_FROM.contains(stage) && type == TouchpointType.PURCHASE) {
      Stage back =
          path.includes(Stage.DECISION)
              ? Stage.DECISION
              : path.includes(Stage.REFLECTION) ? Stage.REFLECTION : null;
      return back == null || !path.includes(Stage.CUSTOMER)
          ? List.of()
          : List.of(back, Stage.CUSTOMER);
    }
    if (stage == Stage.LOST
        && sentiment != Sentiment.NEGATIVE
        && !NO_SIGN_OF_LIFE.contains(type)
        && path.first() != null) {
      return List.of(path.first());
    }
    return List.of();
  }
}
