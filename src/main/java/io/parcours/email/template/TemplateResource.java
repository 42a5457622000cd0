package io.parcours.email.template;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
import io.parcours.common.Page;
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

@Path("/api/email-templates")
@Tag(name = "Email templates")
public class TemplateResource {

  @Inject TemplateService templates;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Operation(summary = "Email templates, oldest first")
  public Page<TemplateView> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return templates.list(cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Path("/{id}")
  @Operation(summary = "Read an email template")
  public RestResponse<TemplateView> get(UUID id) {
    return ok(templates.get(id));
  }

  @POST
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Operation(
      summary = "Create an email template; Qute that does not parse is a 400 naming the line")
  @Created(TemplateView.class)
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull TemplateRequest request) {
    return idempotency.execute(
        key,
        "POST /api/email-templates",
        request,
        () -> {
          EmailTemplate t = templates.create(request);
          return ETags.created("/api/email-templates/{id}", t.id, TemplateView.from(t), t.version);
        });
  }

  @PUT
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}")
  @Operation(summary = "Replace an email template (If-Match required)")
  public RestResponse<TemplateView> replace(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TemplateRequest request) {
    return ok(templates.replace(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete an email template no rule uses")
  public void delete(UUID id) {
    templates.delete(id);
  }

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Path("/{id}/preview")
  @Operation(summary = "Render a template for a lead, in its language unless locale is given")
  public Rendering.Rendered preview(
      UUID id, @QueryParam("leadId") @NotNull UUID leadId, @QueryParam("locale") String locale) {
    return templates.preview(id, leadId, locale);
  }

  private static RestResponse<TemplateView> ok(EmailTemplate t) {
    return ETags.ok(TemplateView.from(t), t.version);
  }
}
