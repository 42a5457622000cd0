package io.parcours.journeys;

import io.parcours.content.ContentType;
import io.parcours.discount.DiscountKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a journey: WAIT a duration; SEND a template (with the next best content of the listed
 * types and, when discount is given, a fresh single-use code); ASSIGN the next best content of a
 * type; BRANCH: when the condition holds, go on at a later step (or end), else at the next one.
 */
public record JourneyStep(
    @NotNull Kind kind,
    @Schema(description = "WAIT: ISO-8601 duration, e.g. PT2H or P7D") String duration,
    @Schema(description = "SEND: the template") UUID templateId,
    @Schema(description = "SEND: marketing needs granted consent and counts towards the cap")
        Boolean marketing,
    @Size(max = 10) List<@NotNull ContentType> contentTypes,
    @Valid Discount discount,
    @Schema(description = "ASSIGN: the type of content to give") ContentType contentType,
    @Schema(description = "BRANCH: what is tested when the step runs") @Valid Condition condition,
    @Schema(
            description =
                "BRANCH: the later step (numbered from 1) where the lead goes on when the"
                    + " condition holds; absent, the journey ends for it")
        Integer goTo) {

  /**
   * The step as stored: a wait's duration in Java's own spelling (PT168H for P7D), which both Java
   * and PostgreSQL read as the same exact length, whatever case or units it was written in.
   */
  JourneyStep normalised() {
    if (duration == null) {
      return this;
    }
    return new JourneyStep(
        kind,
        Duration.parse(duration).toString(),
        templateId,
        marketing,
        contentTypes,
        discount,
        contentType,
        condition,
        goTo);
  }

  public enum Kind {
    WAIT,
    SEND,
    ASSIGN,
    BRANCH
  }

  /** The discount a SEND step hands out, as a fresh single-use code per email. */
  public record Discount(
      @NotNull DiscountKind kind,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
          BigDecimal value,
      @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
          String currency) {}

  Duration waitDuration() {
    return Duration.parse(duration);
  }
}
