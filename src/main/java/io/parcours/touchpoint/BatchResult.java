package io.parcours.touchpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** What became of each item of a batch, in the order sent. */
public record BatchResult(int accepted, int duplicates, int rejected, List<Item> items) {

  public enum Status {
    ACCEPTED,
    DUPLICATE,
    REJECTED
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(
      int index, Status status, UUID touchpointId, UUID leadId, List<FieldError> errors) {}

  static BatchResult of(List<Item> items) {
    return new BatchResult(
        count(items, Status.ACCEPTED),
        count(items, Status.DUPLICATE),
        count(items, Status.REJECTED),
        items);
  }

  private static int count(List<Item> items, Status status) {
    return (int) items.stream().filter(i -> i.status() == status).count();
  }
}
