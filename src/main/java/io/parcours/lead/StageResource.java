package io.parcours.lead;

import io.parcours.common.Cursor;
import io.parcours.common.ETags;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/leads/{id}")
@Tag(name = "Journey")
public class StageResource {

  @Inject StageService journey;
  @Inject LeadService leads;

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/stage")
  @Operation(summary = "Move a lead to another stage (If-Match required)")
  public RestResponse<LeadView> change(
      UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull StageChangeRequest request) {
    Lead lead = journey.change(id, ifMatch, request);
    return ETags.ok(LeadView.from(lead), lead.version);
  }

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/stage/advance")
  @Operation(summary = "Move a lead to the next stage of its persona's journey (If-Match required)")
  public RestResponse<LeadView> advance(UUID id, @HeaderParam("If-Match") String ifMatch) {
    Lead lead = journey.advance(id, ifMatch);
    return ETags.ok(LeadView.from(lead), lead.version);
  }

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Path("/stage/targets")
  @Operation(summary = "The stages a lead may move to now, on its persona's journey")
  public List<StageRules.Target> targets(UUID id) {
    return journey.targets(leads.get(id));
  }

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Path("/history")
  @Operation(summary = "A lead's stage history, oldest first")
  public Page<TransitionView> history(
      UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    leads.get(id);
    long after = 0;
    if (cursor != null) {
      try {
        after = Long.parseLong(Cursor.decode(cursor).id());
      } catch (NumberFormatException e) {
        throw Problem.badRequest("The cursor is not valid; use the nextCursor of a previous page");
      }
    }
    return Page.of(
        StageTransition.findByLead(id, after, limit),
        limit,
        t -> new Cursor("", t.id.toString()).encode(),
        TransitionView::from);
  }
}
