package io.parcours.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 1,000 leads to create or merge by email, in one transaction. */
public record LeadBatchRequest(
    @NotNull @Size(min = 1, max = LeadBatchRequest.MAX) List<@NotNull @Valid LeadRequest> items) {

  public static final int MAX = 1000;
}
