package io.parcours.discount;

import jakarta.validation.constraints.Size;

/** What the shop knows of the purchase the code was used for; optional. */
public record RedeemRequest(@Size(max = 200) String orderReference) {}
