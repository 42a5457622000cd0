package io.parcours.journey;

/** Why a stage changed: a person's decision, a rule, a touchpoint, a purchase, an import. */
public record Cause(Type type, String id) {

  public enum Type {
    CREATION,
    MANUAL,
    RULE,
    TOUCHPOINT,
    PURCHASE,
    IMPORT,
    SYSTEM
  }

  public static Cause of(Type type) {
    return new Cause(type, null);
  }
}
