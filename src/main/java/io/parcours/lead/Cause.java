package io.parcours.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a stage changed: a person's decision, a rule, a touchpoint, a purchase, an import. */
public record Cause(Type type, String id) {

  @Schema(name = "CauseType")
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
