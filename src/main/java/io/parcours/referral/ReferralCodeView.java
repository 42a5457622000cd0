package io.parcours.referral;

import io.parcours.lead.ReferralCode;
import java.time.Instant;
import java.util.UUID;

public record ReferralCodeView(String code, UUID leadId, long referred, Instant createdAt) {

  static ReferralCodeView from(ReferralCode c) {
    return new ReferralCodeView(c.code, c.leadId, ReferralReport.referredBy(c.leadId), c.createdAt);
  }
}
