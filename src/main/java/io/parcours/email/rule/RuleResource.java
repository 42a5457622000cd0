package io.parcours.email.rule;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/email-rules")
@Tag(name = "Email rules")
public class RuleResource {

  @Inject RuleService rules;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Operation(summary = "Email rules, oldest first, optionally those of one stage")
  public Page<RuleView> list(
      @QueryParam("stage") Stage stage,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return rules.list(stage, cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Path("/{id}")
  @Operation(summary = "Read an email rule")
  @APIResponse(
      responseCode = "200",
      description = "The rule",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RuleView.class)),
      headers = @Header(name = "ETag", ref = "ETag"))
  public Response get(UUID id) {
    return ok(rules.get(id));
  }

  @POST
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Operation(summary = "Create an email rule (Idempotency-Key honoured)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RuleView.class)),
      headers = @Header(name = "ETag", ref = "ETag"))
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull RuleRequest request) {
    return idempotency.execute(
        key,
        "POST /api/email-rules",
        request,
        () -> {
          EmailRule r = rules.create(request);
          return ETags.created("/api/email-rules/{id}", r.id, RuleView.from(r), r.version);
        });
  }

  @PUT
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}")
  @Operation(summary = "Replace an email rule (If-Match required)")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RuleView.class)),
      headers = @Header(name = "ETag", ref = "ETag"))
  public Response replace(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RuleRequest request) {
    return ok(rules.replace(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete a rule that never planned an email (else 409: deactivate it)")
  public void delete(UUID id) {
    rules.delete(id);
  }

  private static Response ok(EmailRule r) {
    return ETags.ok(RuleView.from(r), r.version);
  }
}
