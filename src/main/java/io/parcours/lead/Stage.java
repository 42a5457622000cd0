package io.parcours.lead;

/** The stages of the buyer journey, in order; LOST stands outside it. */
public enum Stage {
  DISCOVERY(Phase.BEFORE_PURCHASE),
  REFLECTION(Phase.BEFORE_PURCHASE),
  DECISION(Phase.BEFORE_PURCHASE),
  CUSTOMER(Phase.PURCHASE),
  LOYAL(Phase.AFTER_PURCHASE),
  ADVOCATE(Phase.AFTER_PURCHASE),
  LOST(Phase.OUT);

  public enum Phase {
    BEFORE_PURCHASE,
    PURCHASE,
    AFTER_PURCHASE,
    OUT
  }

  private final Phase phase;

  Stage(Phase phase) {
    this.phase = phase;
  }

  public Phase phase() {
    return phase;
  }

  public boolean isBeforePurchase() {
    return phase == Phase.BEFORE_PURCHASE;
  }

  /** The next stage of the journey, or null at its end and for LOST. */
  public Stage next() {
    return this == ADVOCATE || this == LOST ? null : values()[ordinal() + 1];
  }
}
