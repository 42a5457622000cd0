package io.parcours.lead;

/** Whether marketing email may be sent to the lead. */
public enum ConsentStatus {
  UNKNOWN,
  GRANTED,
  UNSUBSCRIBED,
  /** Bounced or complained: never mailed again, whatever a later import says. */
  SUPPRESSED;

  public boolean allowsMarketing() {
    return this == GRANTED;
  }
}
