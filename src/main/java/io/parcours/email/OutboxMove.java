package io.parcours.email;

import static io.parcours.email.OutboxStatus.CANCELLED;
import static io.parcours.email.OutboxStatus.FAILED;
import static io.parcours.email.OutboxStatus.PENDING;
import static io.parcours.email.OutboxStatus.SENDING;
import static io.parcours.email.OutboxStatus.SENT;
import static io.parcours.email.OutboxStatus.UNKNOWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every change of an outbox email's status, with the statuses it may start from: the transition
 * table of the outbox. SENT and CANCELLED are final; FAILED and UNKNOWN leave only by a person's
 * requeue, or (UNKNOWN) when the outcome of a send arrives after its lease.
 */
enum OutboxMove {
  /** A dispatcher takes a due email. */
  CLAIM(SENDING, PENDING),
  /** The SMTP server accepted the message. */
  SEND(SENT, SENDING, UNKNOWN),
  /** A temporary SMTP failure: due again after the backoff, one attempt spent. */
  RETRY(PENDING, SENDING, UNKNOWN),
  /** A final SMTP failure, the last attempt spent, or a message that cannot be prepared. */
  FAIL(FAILED, SENDING, UNKNOWN),
  /**
   * The claim given back with no attempt spent: the relay could not be reached, or the lease ran
   * out before the hand-over to SMTP.
   */
  RELEASE(PENDING, SENDING),
  /** The lead had its weekly share of marketing email: due again when the cap frees. */
  POSTPONE(PENDING, SENDING),
  /** Not to be sent while waiting: the lead left the stage or withdrew consent. */
  CANCEL(CANCELLED, PENDING),
  /** Not to be sent, found by the last check before sending (stage, consent, rule switched off). */
  STOP(CANCELLED, SENDING),
  /** Found SENDING after its lease, handed to SMTP: it may have gone out. */
  ABANDON(UNKNOWN, SENDING),
  /** A person's decision to send an UNKNOWN or FAILED email again. */
  REQUEUE(PENDING, UNKNOWN, FAILED);

  private final OutboxStatus to;
  private final Set<OutboxStatus> from;

  OutboxMove(OutboxStatus to, OutboxStatus first, OutboxStatus... others) {
    this.to = to;
    this.from = EnumSet.of(first, others);
  }

  OutboxStatus to() {
    return to;
  }

  Set<OutboxStatus> from() {
    return from;
  }

  boolean allows(OutboxStatus current) {
    return from.contains(current);
  }

  /** The condition a set-based update adds so that it changes only rows this move may change. */
  String sourcesSql() {
    return from.stream()
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "status in (", ")"));
  }

  /** Whether any move takes an email from one status to the other. */
  static boolean allowed(OutboxStatus from, OutboxStatus to) {
    return Arrays.stream(values()).anyMatch(m -> m.to == to && m.allows(from));
  }
}
