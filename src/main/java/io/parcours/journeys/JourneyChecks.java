package io.parcours.journeys;

import io.parcours.common.Problem;
import io.parcours.content.ContentType;
import io.parcours.discount.DiscountKind;
import io.parcours.email.template.EmailTemplate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What Bean Validation cannot say about a journey: one entry, and each step's own shape. */
final class JourneyChecks {

  static final Duration LONGEST = Duration.ofDays(3650);

  private JourneyChecks() {}

  static void check(JourneyRequest r) {
    int entries =
        (r.entryStage() == null ? 0 : 1)
            + (r.entryTouchpoint() == null ? 0 : 1)
            + (r.entrySilence() == null ? 0 : 1)
            + (r.entryDate() == null ? 0 : 1);
    if (entries != 1) {
      throw Problem.invalid(
          "entryStage",
          "give exactly one of entryStage, entryTouchpoint, entrySilence and entryDate");
    }
    if (r.entrySilence() != null) {
      duration("", "entrySilence", r.entrySilence());
    }
    for (int i = 0; i < r.steps().size(); i++) {
      step("steps[" + i + "].", r.steps().get(i));
      Branches.check("steps[" + i + "].", r.steps().get(i), i, r.steps().size());
    }
  }

  private static void step(String at, JourneyStep s) {
    boolean noBranch = s.condition() == null && s.goTo() == null;
    switch (s.kind()) {
      case WAIT -> {
        only(
            at,
            s,
            s.duration() != null,
            s.templateId() == null && s.contentType() == null && noBranch);
        duration(at, "duration", s.duration());
      }
      case SEND -> {
        only(
            at,
            s,
            s.templateId() != null,
            s.duration() == null && s.contentType() == null && noBranch);
        if (EmailTemplate.findById(s.templateId()) == null) {
          throw Problem.invalid(at + "templateId", "no email template has this id");
        }
        List<ContentType> types = s.contentTypes() == null ? List.of() : s.contentTypes();
        if (types.contains(ContentType.DISCOUNT)) {
          throw Problem.invalid(
              at + "contentTypes",
              "a discount code is asked for with discount, not a content type");
        }
        discount(at + "discount.", s.discount());
      }
      case ASSIGN -> {
        only(
            at,
            s,
            s.contentType() != null,
            s.duration() == null && s.templateId() == null && noBranch);
        if (s.contentType() == ContentType.DISCOUNT) {
          throw Problem.invalid(at + "contentType", "a discount code is sent with a SEND step");
        }
      }
      case BRANCH ->
          only(
              at,
              s,
              s.condition() != null,
              s.duration() == null && s.templateId() == null && s.contentType() == null);
    }
  }

  private static void only(String at, JourneyStep s, boolean has, boolean nothingElse) {
    String needs =
        switch (s.kind()) {
          case WAIT -> "duration";
          case SEND -> "templateId";
          case ASSIGN -> "contentType";
          case BRANCH -> "condition";
        };
    if (!has) {
      throw Problem.invalid(at + needs, "a " + s.kind() + " step needs " + needs);
    }
    boolean sendOnly =
        s.marketing() != null
            || s.discount() != null
            || (s.contentTypes() != null && !s.contentTypes().isEmpty());
    if (!nothingElse || (s.kind() != JourneyStep.Kind.SEND && sendOnly)) {
      String takes = s.kind() == JourneyStep.Kind.BRANCH ? "condition and goTo" : needs;
      throw Problem.invalid(at + "kind", "a " + s.kind() + " step takes only " + takes);
    }
  }

  private static void duration(String at, String field, String text) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw Problem.invalid(at + field, "must be an ISO-8601 duration such as PT2H or P7D");
    }
    if (d.isNegative() || d.isZero() || d.compareTo(LONGEST) > 0) {
      throw Problem.invalid(at + field, "must be positive and at most " + LONGEST);
    }
  }

  private static void discount(String at, JourneyStep.Discount d) {
    if (d == null) {
      return;
    }
    boolean percent = d.kind() == DiscountKind.PERCENT;
    if (percent && d.value().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw Problem.invalid(at + "value", "a percentage must be at most 100");
    }
    if (percent && d.currency() != null) {
      throw Problem.invalid(at + "currency", "a percentage has no currency");
    }
    if (!percent && d.currency() == null) {
      throw Problem.invalid(at + "currency", "an amount needs a currency");
    }
  }
}
