package io.parcours.email;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction that records these emails as sent (one or many, as the dispatcher
 * groups them): observers read the rows by id, set-based.
 */
public record EmailsSent(List<UUID> ids) {}
