package io.parcours.lead;

/**
 * Fired synchronously inside the transaction that moved the lead, so that whatever a stage change
 * plans (emails, content, events) commits or rolls back with it.
 */
public record StageChanged(Lead lead, StageTransition transition) {}
