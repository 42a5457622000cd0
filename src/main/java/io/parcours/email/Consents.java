package io.parcours.email;

import io.parcours.lead.ConsentStatus;
import io.parcours.lead.EmailConsent;
import java.util.Optional;

/**
 * Whether a lead may receive an email: marketing needs granted consent; nothing, not even a
 * transactional email, goes to an unsubscribed or suppressed address.
 */
public final class Consents {

  private Consents() {}

  public static Optional<String> refusal(EmailConsent consent, boolean marketing) {
    ConsentStatus status = consent == null ? ConsentStatus.UNKNOWN : consent.status();
    if (status == ConsentStatus.UNSUBSCRIBED || status == ConsentStatus.SUPPRESSED) {
      return Optional.of("The lead's email consent is " + status);
    }
    if (marketing && !status.allowsMarketing()) {
      return Optional.of("Marketing email needs granted consent; the lead's is " + status);
    }
    return Optional.empty();
  }
}
