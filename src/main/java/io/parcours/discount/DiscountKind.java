package io.parcours.discount;

/** A discount off the price in percent, or a fixed amount in a currency. */
public enum DiscountKind {
  PERCENT,
  AMOUNT
}
