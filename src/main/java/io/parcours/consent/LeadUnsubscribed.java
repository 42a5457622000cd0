package io.parcours.consent;

import io.parcours.lead.Lead;

/**
 * Fired inside the transaction that records the lead's refusal (status UNSUBSCRIBED or SUPPRESSED)
 * (the outbox cancels its pending emails); source says how: the link, or the consent API.
 */
public record LeadUnsubscribed(Lead lead, String source) {}
