package io.parcours.touchpoint;

import io.parcours.lead.Lead;

/**
 * Fired synchronously inside the transaction that stored a new touchpoint (never for a duplicate),
 * with the lead locked. Observers run in priority order: scoring first, then the journey rules,
 * then the others; whatever they write commits or rolls back with the touchpoint.
 */
public record TouchpointRecorded(Lead lead, Touchpoint touchpoint) {}
