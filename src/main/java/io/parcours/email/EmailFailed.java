package io.parcours.email;

/** Fired inside the transaction that gives the email up as FAILED. */
public record EmailFailed(OutboxEmail email) {}
