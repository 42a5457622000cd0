package io.parcours.analytics;

import java.time.LocalDate;

/**
 * Emails planned in the period and what became of them (pending: still waiting or being sent), and
 * the leads who unsubscribed in the period.
 */
public record EmailReport(
    LocalDate from,
    LocalDate to,
    long planned,
    long pending,
    long sent,
    long failed,
    long cancelled,
    long unknown,
    long unsubscribed) {}
