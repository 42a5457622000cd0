package io.parcours.discount;

import io.parcours.lead.Lead;

/**
 * Fired synchronously inside the redemption's transaction, so that whatever it causes (a purchase
 * touchpoint, a stage change) commits or rolls back with it.
 */
public record DiscountRedeemed(Lead lead, DiscountCode code, DiscountRedemption redemption) {}
