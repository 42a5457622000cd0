package io.parcours.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The lead's email consent as last recorded: status, legal basis, where it was given, when. */
@Embeddable
public record EmailConsent(
    @Column(name = "consent_status") @Enumerated(EnumType.STRING) ConsentStatus status,
    @Column(name = "consent_basis") @Enumerated(EnumType.STRING) LegalBasis basis,
    @Column(name = "consent_source") String source,
    @Column(name = "consent_at") Instant at) {

  public static EmailConsent unknown() {
    return new EmailConsent(ConsentStatus.UNKNOWN, null, null, null);
  }
}
