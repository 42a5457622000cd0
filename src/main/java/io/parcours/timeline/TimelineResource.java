package io.parcours.timeline;

import io.parcours.common.Page;
import io.parcours.lead.LeadService;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/timeline")
@Tag(name = "Timeline")
public class TimelineResource {

  @Inject TimelineQuery timeline;
  @Inject LeadService leads;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(
      summary =
          "A lead's stage changes, touchpoints (with touchpoints:read) and emails (with"
              + " email:read), newest first")
  public Page<TimelineEntry> timeline(
      @PathParam("id") UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    leads.get(id);
    return timeline.page(id, cursor, limit);
  }
}
