package io.parcours.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a stage changed: a person's decision, a rule, a touchpoint, a purchase, the system (an import
 * enters its leads with SYSTEM and its id). IMPORT remains on the entries of older imports.
 */
public record Cause(Type type, String id) {

  @Schema(name = "CauseType")
  public enum Type {
    /** A lead created through the API; no id. */
    CREATION,
    /** A person's move or advance; no id. */
    MANUAL,
    /** A transition rule fired; the rule's id. */
    RULE,
    /** A touchpoint brought the score to the persona's threshold; the touchpoint's id. */
    TOUCHPOINT,
    /** A purchase fired a rule; the purchase touchpoint's id. */
    PURCHASE,
    /** A lead created by a CSV import. */
    IMPORT,
    /** The application itself, e.g. an import; what did it. */
    SYSTEM
  }

  public static Cause of(Type type) {
    return new Cause(type, null);
  }
}
