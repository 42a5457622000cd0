package io.parcours.journeys;

import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/journeys")
@Tag(name = "Journeys")
public class LeadJourneyResource {

  @Inject JourneyService journeys;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "A lead's journeys: state, exit reason and next scheduled step")
  public List<EnrolmentView> list(@PathParam("id") UUID id) {
    return journeys.enrolments(id);
  }
}
