package io.parcours.email;

import io.parcours.lead.ConsentStatus;
import io.parcours.lead.EmailConsent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a lead may receive an email: marketing needs granted consent; nothing, not even a
 * transactional email, goes to an unsubscribed or suppressed address.
 */
public final class Consents {

  private Consents() {}

  /**
   * The same rule in SQL, over a consent status column and a marketing column: true when the email
   * may go.
   */
  public static String allowedSql(String status, String marketing) {
    List<String> never = new ArrayList<>();
    List<String> marketingToo = new ArrayList<>();
    for (ConsentStatus s : ConsentStatus.values()) {
      EmailConsent consent = new EmailConsent(s, null, null, null);
      if (refusal(consent, false).isPresent()) {
        never.add("'" + s.name() + "'");
      } else if (refusal(consent, true).isEmpty()) {
        marketingToo.add("'" + s.name() + "'");
      }
    }
    return "(%1$s not in (%3$s) and (not %2$s or %1$s in (%4$s)))"
        .formatted(status, marketing, String.join(", ", never), String.join(", ", marketingToo));
  }

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
