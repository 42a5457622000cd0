package io.parcours.email;

/** Fired inside the transaction that records the email as sent. */
public record EmailSent(OutboxEmail email) {}
