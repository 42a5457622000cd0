package io.parcours.email;

/** Where an outbox email stands. */
public enum OutboxStatus {
  /** Due at its time, or waiting for a retry. */
  PENDING,
  /** Claimed by a dispatcher, being handed to the SMTP server. */
  SENDING,
  SENT,
  /** Refused for good, or out of attempts. */
  FAILED,
  /** Not to be sent: the lead left the stage, withdrew consent, or the rule was switched off. */
  CANCELLED,
  /** Found SENDING after its lease: it may have gone out; only a person may requeue it. */
  UNKNOWN
}
