package io.parcours.lead;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
import io.parcours.common.LaggingRead;
import io.parcours.common.Page;
import io.parcours.common.Replica;
import io.parcours.common.RequestContext;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/leads")
@Tag(name = "Leads")
public class LeadResource {

  @Inject LeadService leads;
  @Inject Idempotency idempotency;
  @Inject LeadBatch batch;
  @Inject RequestContext request;
  @Inject Replica replica;

  @LaggingRead
  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(
      summary =
          "Search leads; sort by createdAt, updatedAt, stageEnteredAt, score or email, '-' for descending")
  public Page<LeadView> search(
      @BeanParam LeadFilter filter,
      @QueryParam("sort") @DefaultValue("-createdAt") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return LeadQueries.search(replica, filter, request.ownerScope(), sort, cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Path("/{id}")
  @Operation(summary = "Read a lead")
  public RestResponse<LeadView> get(UUID id) {
    return ok(leads.get(id));
  }

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(summary = "Create a lead (Idempotency-Key honoured)")
  @Created(LeadView.class)
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull LeadRequest request) {
    return idempotency.execute(
        key, "POST /api/leads", request, () -> created(leads.create(request)));
  }

  @PUT
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/by-email")
  @Operation(
      summary =
          "Create the lead with this email, or merge the given fields into it (If-Match optional:"
              + " when sent, only a merge into the lead at that version is made, else 412)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LeadView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Merged into the existing lead",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LeadView.class)))
  public Response upsert(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull LeadRequest request) {
    LeadService.Upserted result = leads.upsert(request, ifMatch);
    return result.created() ? created(result.lead()) : ok(result.lead()).toResponse();
  }

  @POST
  @Path("/batch")
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(
      summary =
          "Create or merge up to 1,000 leads by email, all or nothing (Idempotency-Key honoured)")
  @APIResponse(
      responseCode = "200",
      description = "One result per item, in order",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LeadBatchResult.class)))
  public Response batch(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull LeadBatchRequest request) {
    return idempotency.execute(
        key, "POST /api/leads/batch", request, () -> Response.ok(batch.upsert(request)).build());
  }

  @PATCH
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Change some fields of a lead (JSON merge patch, If-Match required)")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LeadPatch.class)))
  public RestResponse<LeadView> patch(
      UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull ObjectNode body) {
    return ok(leads.patch(id, ifMatch, body));
  }

  @DELETE
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete a lead and its history (If-Match honoured)")
  public void delete(UUID id, @HeaderParam("If-Match") String ifMatch) {
    leads.delete(id, ifMatch);
  }

  private static RestResponse<LeadView> ok(Lead lead) {
    return ETags.ok(LeadView.from(lead), lead.version);
  }

  private static Response created(Lead lead) {
    return ETags.created("/api/leads/{id}", lead.id, LeadView.from(lead), lead.version);
  }
}
