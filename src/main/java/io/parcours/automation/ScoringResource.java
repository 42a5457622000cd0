package io.parcours.automation;

import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/scoring")
@Tag(name = "Scoring")
public class ScoringResource {

  @Inject ScoringService scoring;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "Points a touchpoint adds to its lead's score, per type and per sentiment")
  public Scoring get() {
    return scoring.load();
  }

  @PUT
  @PermissionsAllowed(Permission.JOURNEY_WRITE)
  @Operation(
      summary =
          "Change some points (the entries not given keep their value); applies to new touchpoints")
  public Scoring update(@Valid @NotNull ScoringRequest request) {
    return scoring.update(request);
  }
}
