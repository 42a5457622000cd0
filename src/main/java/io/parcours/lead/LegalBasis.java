package io.parcours.lead;

/** The GDPR ground on which the lead is emailed. */
public enum LegalBasis {
  CONSENT,
  LEGITIMATE_INTEREST,
  CONTRACT
}
