package io.parcours.journeys;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
import io.parcours.common.Page;
import io.parcours.lead.Stage;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/journeys")
@Tag(name = "Journeys")
public class JourneyResource {

  @Inject JourneyService journeys;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Operation(summary = "Follow-up journeys, oldest first, optionally those entered at one stage")
  public Page<JourneyView> list(
      @QueryParam("stage") Stage stage,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return journeys.list(stage, cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Path("/{id}")
  @Operation(summary = "Read a journey")
  public RestResponse<JourneyView> get(UUID id) {
    return ok(journeys.get(id));
  }

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Path("/{id}/stats")
  @Operation(summary = "A journey's entrants, where they stand, and its exits by reason")
  public JourneyStats stats(UUID id) {
    return journeys.stats(id);
  }

  @POST
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Operation(summary = "Create a journey (Idempotency-Key honoured)")
  @Created(JourneyView.class)
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull JourneyRequest request) {
    return idempotency.execute(
        key,
        "POST /api/journeys",
        request,
        () -> {
          Journey j = journeys.create(request);
          return ETags.created("/api/journeys/{id}", j.id, JourneyView.from(j), j.version);
        });
  }

  @PUT
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}")
  @Operation(summary = "Replace a journey (If-Match required); deactivating ends its enrolments")
  public RestResponse<JourneyView> replace(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull JourneyRequest request) {
    return ok(journeys.replace(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete a journey nobody entered (else 409: deactivate it)")
  public void delete(UUID id) {
    journeys.delete(id);
  }

  private static RestResponse<JourneyView> ok(Journey j) {
    return ETags.ok(JourneyView.from(j), j.version);
  }
}
