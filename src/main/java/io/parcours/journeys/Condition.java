package io.parcours.journeys;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.TouchpointType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a BRANCH step tests, with the one value its kind needs: a touchpoint of a type recorded
 * since the lead entered the journey, its score, its consent, its persona or its stage.
 */
public record Condition(
    @NotNull Kind kind,
    @Schema(description = "TOUCHPOINT_SEEN: the type of touchpoint") TouchpointType touchpointType,
    @Schema(description = "SCORE_AT_LEAST, SCORE_BELOW: the score compared with")
        @Min(0)
        @Max(1_000_000)
        Integer score,
    @Schema(description = "PERSONA: the persona") UUID personaId,
    @Schema(description = "STAGE: the stage") Stage stage) {

  @Schema(name = "ConditionKind")
  public enum Kind {
    /** A touchpoint of the type was recorded since the lead entered the journey. */
    TOUCHPOINT_SEEN,
    SCORE_AT_LEAST,
    SCORE_BELOW,
    /** The lead granted email consent. */
    CONSENT_GIVEN,
    PERSONA,
    STAGE
  }

  /** The field the kind needs, named as the API names it; none for CONSENT_GIVEN. */
  String needs() {
    return switch (kind) {
      case TOUCHPOINT_SEEN -> "touchpointType";
      case SCORE_AT_LEAST, SCORE_BELOW -> "score";
      case CONSENT_GIVEN -> null;
      case PERSONA -> "personaId";
      case STAGE -> "stage";
    };
  }

  /** How many of the value fields are given. */
  int given() {
    int n = 0;
    for (Object v : new Object[] {touchpointType, score, personaId, stage}) {
      n += v == null ? 0 : 1;
    }
    return n;
  }

  /** Whether the field the kind needs is given. */
  boolean complete() {
    return switch (kind) {
      case TOUCHPOINT_SEEN -> touchpointType != null;
      case SCORE_AT_LEAST, SCORE_BELOW -> score != null;
      case CONSENT_GIVEN -> true;
      case PERSONA -> personaId != null;
      case STAGE -> stage != null;
    };
  }
}
