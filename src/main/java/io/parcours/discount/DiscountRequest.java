package io.parcours.discount;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A discount to issue: percent (above 0, at most 100) or amount (with a currency). Without
 * expiresAt the code expires after the configured validity.
 */
public record DiscountRequest(
    @NotNull DiscountKind kind,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        BigDecimal value,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
    Instant expiresAt) {}
