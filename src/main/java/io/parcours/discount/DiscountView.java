package io.parcours.discount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record DiscountView(
    UUID id,
    String code,
    UUID leadId,
    DiscountKind kind,
    BigDecimal value,
    String currency,
    Instant expiresAt,
    Instant createdAt,
    Instant redeemedAt) {

  public static DiscountView from(DiscountCode d) {
    return new DiscountView(
        d.id,
        Codes.display(d.code),
        d.leadId,
        d.kind,
        d.amount,
        d.currency,
        d.expiresAt,
        d.createdAt,
        d.redeemedAt);
  }
}
