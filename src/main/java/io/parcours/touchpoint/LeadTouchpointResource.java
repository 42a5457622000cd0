package io.parcours.touchpoint;

import io.parcours.common.Idempotency;
import io.parcours.lead.LeadService;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/touchpoints")
@Tag(name = "Touchpoints")
public class LeadTouchpointResource {

  @Inject TouchpointService touchpoints;
  @Inject Idempotency idempotency;
  @Inject LeadService leads;

  @POST
  @PermissionsAllowed(Permission.TOUCHPOINTS_WRITE)
  @Operation(
      summary =
          "Record a touchpoint of a lead: 201, or 200 with the touchpoint an earlier push for this"
              + " lead with the same source and externalId recorded")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TouchpointView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already recorded under this external id",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TouchpointView.class)))
  public Response record(
      @PathParam("id") UUID id,
      @HeaderParam(Idempotency.HEADER) String key,
      @NotNull TouchpointRequest request) {
    leads.get(id); // before any replay: a key never shows a lead the caller may not see
    return idempotency.execute(
        key,
        "POST /api/leads/" + id + "/touchpoints",
        request,
        () -> {
          TouchpointService.Recorded r = touchpoints.record(id, request);
          TouchpointView view = TouchpointView.from(r.touchpoint());
          return r.duplicate()
              ? Response.ok(view).build()
              : Response.created(
                      UriBuilder.fromPath("/api/leads/{id}/touchpoints/{tp}")
                          .build(id, r.touchpoint().id))
                  .entity(view)
                  .build();
        });
  }

  @GET
  @PermissionsAllowed(Permission.TOUCHPOINTS_READ)
  @Path("/{touchpointId}")
  @Operation(summary = "Read a touchpoint of a lead")
  public TouchpointView get(
      @PathParam("id") UUID id, @PathParam("touchpointId") UUID touchpointId) {
    return TouchpointView.from(touchpoints.get(id, touchpointId));
  }
}
