package io.parcours.email.rule;

import io.parcours.content.ContentType;
import io.parcours.discount.DiscountKind;
import io.parcours.lead.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record RuleView(
    UUID id,
    String name,
    Stage stage,
    UUID personaId,
    String delay,
    UUID templateId,
    List<ContentType> contentTypes,
    DiscountKind discountKind,
    BigDecimal discountValue,
    String discountCurrency,
    boolean marketing,
    boolean stopOnStageExit,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static RuleView from(EmailRule r) {
    return new RuleView(
        r.id,
        r.name,
        r.stage,
        r.personaId,
        delay(r.delaySeconds),
        r.templateId,
        r.contentTypeList(),
        r.discountKind,
        r.discountValue,
        r.discountCurrency,
        r.marketing,
        r.stopOnStageExit,
        r.active,
        r.createdAt,
        r.updatedAt,
        r.version);
  }

  /** Whole days as P7D, anything else as PT2H30M. */
  static String delay(long seconds) {
    return seconds > 0 && seconds % 86_400 == 0
        ? "P" + seconds / 86_400 + "D"
        : java.time.Duration.ofSeconds(seconds).toString();
  }
}
