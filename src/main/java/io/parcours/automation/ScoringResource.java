package io.parcours.automation;

import io.parcours.common.ETags;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/scoring")
@Tag(name = "Scoring")
public class ScoringResource {

  @Inject ScoringService scoring;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "Points a touchpoint adds to its lead's score, per type and per sentiment")
  @APIResponse(
      responseCode = "200",
      description = "The points, their version as the ETag",
      headers = @Header(name = "ETag", ref = "ETag"))
  public RestResponse<Scoring> get() {
    Scoring points = scoring.load();
    return ETags.ok(points, ScoringService.version(points));
  }

  @PUT
  @PermissionsAllowed(Permission.JOURNEY_WRITE)
  @Operation(
      summary =
          "Change some points (the entries not given keep their value); applies to new touchpoints"
              + " (If-Match required)")
  @APIResponse(
      responseCode = "200",
      description = "The points after the change, their new version as the ETag",
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "412", description = "The points changed since they were read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public RestResponse<Scoring> update(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ScoringRequest request) {
    Scoring points = scoring.update(ifMatch, request);
    return ETags.ok(points, ScoringService.version(points));
  }
}
