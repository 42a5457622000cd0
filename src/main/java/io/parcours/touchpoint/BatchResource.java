package io.parcours.touchpoint;

import io.parcours.common.Idempotency;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/touchpoints:batch")
@Tag(name = "Touchpoints")
public class BatchResource {

  @Inject TouchpointBatch batch;
  @Inject Idempotency idempotency;

  @POST
  @PermissionsAllowed(Permission.TOUCHPOINTS_WRITE)
  @Operation(
      summary =
          "Record up to 1000 touchpoints at once, each naming its lead by leadId or email; answers"
              + " per item: ACCEPTED, DUPLICATE or REJECTED with the invalid fields"
              + " (Idempotency-Key honoured: a retry answers the first results again)")
  @APIResponse(
      responseCode = "200",
      description = "One result per item, in the order sent",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BatchResult.class)))
  public Response record(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull BatchRequest request) {
    return idempotency.execute(
        key,
        "POST /api/touchpoints:batch",
        request,
        () -> Response.ok(batch.record(request.items())).build());
  }
}
