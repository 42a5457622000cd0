package io.parcours.discount;

import io.parcours.common.AppClock;
import io.parcours.common.Instants;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class DiscountService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject AppClock clock;
  @Inject LeadService leads;
  @Inject RequestContext request;
  @Inject DiscountSettings settings;
  @Inject Event<DiscountRedeemed> redeemed;

  @Transactional
  public DiscountCode issue(UUID leadId, DiscountRequest r) {
    Lead lead = leads.get(leadId);
    return issue(lead, r);
  }

  /** A fresh single-use code for the lead, for a person or an email rule to hand out. */
  @Transactional
  public DiscountCode issue(Lead lead, DiscountRequest r) {
    Instant now = clock.now();
    if (r.kind() == DiscountKind.PERCENT && r.value().compareTo(HUNDRED) > 0) {
      throw Problem.invalid("value", "a percentage must be at most 100");
    }
    if (r.kind() == DiscountKind.PERCENT && r.currency() != null) {
      throw Problem.invalid("currency", "a percentage has no currency");
    }
    if (r.kind() == DiscountKind.AMOUNT && r.currency() == null) {
      throw Problem.invalid("currency", "an amount needs a currency");
    }
    Instants.field("expiresAt", r.expiresAt());
    if (r.expiresAt() != null && !r.expiresAt().isAfter(now)) {
      throw Problem.invalid("expiresAt", "must be in the future");
    }
    DiscountCode d = new DiscountCode();
    d.id = UUID.randomUUID();
    d.code = freshCode();
    d.leadId = lead.id;
    d.kind = r.kind();
    d.amount = r.value();
    d.currency = r.currency();
    d.createdAt = now;
    d.expiresAt = r.expiresAt() == null ? now.plus(settings.validity()) : r.expiresAt();
    d.persist();
    return d;
  }

  /** The code, if the caller may see its lead: another salesperson's code does not exist. */
  public DiscountCode get(String typed) {
    return DiscountCode.findByCode(Codes.normalise(typed))
        .filter(
            d ->
                Lead.<Lead>findByIdOptional(d.leadId)
                    .filter(l -> request.mayAccess(l.ownerId))
                    .isPresent())
        .orElseThrow(DiscountService::unknown);
  }

  /**
   * Redeems the code once: the conditional update succeeds for exactly one caller, however many try
   * at the same time. Expired, used or unknown codes change nothing.
   */
  @Transactional
  public DiscountCode redeem(String typed, RedeemRequest r) {
    DiscountCode d = get(typed);
    Instant now = clock.now();
    int won =
        DiscountCode.update(
            "redeemedAt = ?1 where id = ?2 and redeemedAt is null and expiresAt > ?1", now, d.id);
    DiscountCode.getEntityManager().refresh(d);
    if (won == 0) {
      throw d.redeemedAt != null
          ? Problem.conflict("The discount code was already used").with("redeemedAt", d.redeemedAt)
          : Problem.conflict("The discount code has expired").with("expiresAt", d.expiresAt);
    }
    DiscountRedemption redemption = new DiscountRedemption();
    redemption.id = UUID.randomUUID();
    redemption.codeId = d.id;
    redemption.leadId = d.leadId;
    redemption.at = now;
    redemption.orderReference = r == null ? null : r.orderReference();
    redemption.correlationId = request.correlationId();
    redemption.persist();
    redeemed.fire(new DiscountRedeemed(Lead.findById(d.leadId), d, redemption));
    return d;
  }

  private static String freshCode() {
    // 75 random bits make a collision all but impossible; the unique index makes it certain.
    for (int attempt = 0; attempt < 5; attempt++) {
      String code = Codes.generate();
      if (DiscountCode.findByCode(code).isEmpty()) {
        return code;
      }
    }
    throw new IllegalStateException("could not draw an unused discount code");
  }

  private static Problem unknown() {
    return new Problem(404, "Not found", "No discount code matches");
  }
}
