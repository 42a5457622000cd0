package io.parcours.automation;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/journey-rules")
@Tag(name = "Journey rules")
public class JourneyRuleResource {

  @Inject JourneyRuleService rules;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "Every automatic transition rule (at most 100), in priority order")
  public List<JourneyRuleView> list() {
    return JourneyRule.listInOrder().stream().map(JourneyRuleView::from).toList();
  }

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Path("/{id}")
  @Operation(summary = "Read a rule")
  public RestResponse<JourneyRuleView> get(UUID id) {
    return ok(rules.get(id));
  }

  @POST
  @PermissionsAllowed(Permission.JOURNEY_WRITE)
  @Operation(summary = "Create a rule (Idempotency-Key honoured); it only ever moves leads forward")
  @Created(JourneyRuleView.class)
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull JourneyRuleRequest request) {
    return idempotency.execute(
        key,
        "POST /api/journey-rules",
        request,
        () -> {
          JourneyRule rule = rules.create(request);
          return ETags.created(
              "/api/journey-rules/{id}", rule.id, JourneyRuleView.from(rule), rule.version);
        });
  }

  @PUT
  @PermissionsAllowed(Permission.JOURNEY_WRITE)
  @Path("/{id}")
  @Operation(summary = "Replace a rule (If-Match required)")
  public RestResponse<JourneyRuleView> replace(
      UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull JourneyRuleRequest request) {
    return ok(rules.replace(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.JOURNEY_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete a rule")
  public void delete(UUID id) {
    rules.delete(id);
  }

  private static RestResponse<JourneyRuleView> ok(JourneyRule rule) {
    return ETags.ok(JourneyRuleView.from(rule), rule.version);
  }
}
