package io.parcours.lead;

import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Referral codes and who referred whom: the one writer of both. A code is personal, issued once per
 * customer after a purchase, and names its advocate; a lead records its referrer once.
 */
@ApplicationScoped
public class Referrals {

  /** Readable and unguessable: 10 characters of 32 without 0/O or 1/I (50 random bits). */
  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  /** What a referral code looks like, as typed: letters and digits, dashes allowed. */
  public static final String PATTERN = "[A-Za-z0-9-]{4,40}";

  private static final Set<Stage> MAY_REFER =
      EnumSet.of(Stage.CUSTOMER, Stage.LOYAL, Stage.ADVOCATE);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AppClock clock;
  @Inject RequestContext request;
  @Inject Event<LeadReferred> referred;

  /** The lead's code, issued on first asking; answers whether it is new. */
  @Transactional
  public Issued issue(UUID leadId) {
    Lead lead =
        Lead.findForUpdate(leadId)
            .filter(l -> request.mayAccess(l.ownerId))
            .orElseThrow(() -> Problem.notFound("Lead", leadId));
    Optional<ReferralCode> existing = ReferralCode.ofLead(lead.id);
    if (existing.isPresent()) {
      return new Issued(existing.get(), false);
    }
    if (!MAY_REFER.contains(lead.stage)) {
      throw Problem.conflict("Only a customer can refer others; this lead is in " + lead.stage)
          .with("stage", lead.stage);
    }
    ReferralCode c = new ReferralCode();
    c.code = generate();
    c.leadId = lead.id;
    c.createdAt = clock.now();
    c.persist();
    return new Issued(c, true);
  }

  public record Issued(ReferralCode code, boolean created) {}

  /** The advocate whose code this is; a code nobody has is a 400 on the field. */
  UUID advocate(String typed) {
    String code = normalise(typed);
    return ReferralCode.<ReferralCode>findByIdOptional(code)
        .map(c -> c.leadId)
        .orElseThrow(() -> Problem.invalid("referralCode", "no customer has this referral code"));
  }

  /**
   * Records, in the caller's transaction, that a lead the caller has locked was referred by the
   * owner of the code, unless it was already: the first referrer keeps the credit.
   */
  void record(Lead lead, String code) {
    if (code == null) {
      return;
    }
    UUID advocate = advocate(code);
    if (advocate.equals(lead.id)) {
      throw Problem.invalid("referralCode", "a lead cannot refer itself");
    }
    if (lead.referredBy != null) {
      return;
    }
    lead.referredBy = advocate;
    referred.fire(new LeadReferred(lead, advocate));
  }

  static String normalise(String typed) {
    return typed.toUpperCase().replace("-", "");
  }

  private static String generate() {
    StringBuilder sb = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
