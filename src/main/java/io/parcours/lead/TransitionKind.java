package io.parcours.lead;

/** What a move between two stages means for the journey. */
public enum TransitionKind {
  /** The lead's first stage, when it is created. */
  ENTRY,
  /** Forward, possibly skipping stages. */
  ADVANCE,
  /** Backward inside a phase of the journey; needs a reason. */
  REGRESSION,
  /** Out of the journey; needs a reason. */
  LOSS,
  /** From LOST back to DISCOVERY. */
  REENGAGEMENT,
  /** A loyal customer or advocate with a new need, back to REFLECTION or DECISION. */
  REPEAT_PURCHASE;

  public boolean needsReason() {
    return this == REGRESSION || this == LOSS;
  }
}
