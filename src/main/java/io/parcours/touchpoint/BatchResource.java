package io.parcours.touchpoint;

import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/touchpoints:batch")
@Tag(name = "Touchpoints")
public class BatchResource {

  @Inject TouchpointBatch batch;

  @POST
  @PermissionsAllowed(Permission.TOUCHPOINTS_WRITE)
  @Operation(
      summary =
          "Record up to 1000 touchpoints at once, each naming its lead by leadId or email; answers"
              + " per item: ACCEPTED, DUPLICATE or REJECTED with the invalid fields")
  public BatchResult record(@Valid @NotNull BatchRequest request) {
    return batch.record(request.items());
  }
}
