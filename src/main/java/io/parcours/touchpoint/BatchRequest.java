package io.parcours.touchpoint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to {@value #MAX_ITEMS} touchpoints, each naming its lead by leadId or email. */
public record BatchRequest(
    @NotNull
        @Size(min = 1, max = BatchRequest.MAX_ITEMS)
        @Schema(description = "1 to 1000 touchpoints; items are checked one by one")
        List<TouchpointRequest> items) {

  public static final int MAX_ITEMS = 1000;
}
