package io.parcours.content;

import io.parcours.common.Created;
import io.parcours.common.Idempotency;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.lead.LeadService;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/assignments")
@Tag(name = "Content")
public class AssignmentResource {

  private static final Map<String, Keyset.Field<ContentAssignment>> SORTS =
      Map.of("assignedAt", new Keyset.Field<>("assignedAt", Instant::parse, a -> a.assignedAt));

  @Inject ContentAssignments assignments;
  @Inject LeadService leads;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "The content a lead received, newest first")
  public Page<AssignmentView> list(
      UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    leads.get(id);
    Keyset<ContentAssignment> keyset = Keyset.of("-assignedAt", SORTS, a -> a.id);
    List<String> where = new ArrayList<>(List.of("leadId = :lead"));
    Map<String, Object> params = new HashMap<>(Map.of("lead", id));
    keyset.after(cursor, where, params);
    List<ContentAssignment> rows =
        ContentAssignment.<ContentAssignment>find(
                "from ContentAssignment where " + String.join(" and ", where) + keyset.orderBy(),
                params)
            .range(0, limit)
            .list();
    return Page.of(rows, limit, keyset::cursorOf, AssignmentView::from);
  }

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(summary = "Give an item to a lead (Idempotency-Key honoured)")
  @Created(AssignmentView.class)
  public Response assign(
      UUID id,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull AssignmentRequest request) {
    leads.get(id); // before any replay: a key never shows a lead the caller may not see
    return idempotency.execute(
        key,
        "POST /api/leads/" + id + "/assignments",
        request,
        () -> {
          ContentAssignment a = assignments.assign(id, request.contentId());
          return Response.created(
                  UriBuilder.fromPath("/api/leads/{id}/assignments/{a}").build(id, a.id))
              .entity(AssignmentView.from(a))
              .build();
        });
  }

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Path("/{assignmentId}")
  @Operation(summary = "Read one assignment")
  public AssignmentView get(UUID id, UUID assignmentId) {
    return AssignmentView.from(assignments.get(id, assignmentId));
  }

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/{assignmentId}/viewed")
  @Operation(summary = "Record that the lead viewed the item (the first view counts)")
  public AssignmentView viewed(UUID id, UUID assignmentId) {
    return AssignmentView.from(assignments.viewed(id, assignmentId));
  }

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/{assignmentId}/clicked")
  @Operation(summary = "Record that the lead clicked the item, which is a view too")
  public AssignmentView clicked(UUID id, UUID assignmentId) {
    return AssignmentView.from(assignments.clicked(id, assignmentId));
  }
}
