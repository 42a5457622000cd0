package io.parcours.lead;

import java.util.List;
import java.util.UUID;

/** One result per item of a batch, in the order of the request. */
public record LeadBatchResult(List<Item> items) {

  /** What became of one item: the lead's id and version (its ETag), created or merged. */
  public record Item(int index, UUID id, String email, boolean created, long version) {}
}
