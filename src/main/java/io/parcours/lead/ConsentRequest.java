package io.parcours.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ConsentRequest(
    @NotNull ConsentStatus status,
    LegalBasis basis,
    @Size(max = LeadLimits.CONSENT_SOURCE) String source) {}
