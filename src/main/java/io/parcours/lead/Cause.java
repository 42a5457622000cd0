package io.parcours.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a stage changed: a person's decision, a rule, a touchpoint, a purchase, the system (an import
 * enters its leads with SYSTEM and its id). IMPORT remains on the entries of older imports.
 */
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
