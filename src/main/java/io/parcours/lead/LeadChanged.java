package io.parcours.lead;

import java.util.List;

/**
 * Fired synchronously inside the transaction that created, changed or deleted a lead, so that what
 * it records (the event feed, webhooks) commits or rolls back with the change. {@code fields} names
 * what an update changed.
 */
public record LeadChanged(Lead lead, Kind kind, List<String> fields) {

  public enum Kind {
    CREATED,
    UPDATED,
    DELETED
  }
}
