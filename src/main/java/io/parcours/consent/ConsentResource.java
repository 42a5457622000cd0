package io.parcours.consent;

import io.parcours.common.ETags;
import io.parcours.lead.ConsentRequest;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadView;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/consent")
@Tag(name = "Consent")
public class ConsentResource {

  @Inject ConsentService consents;

  @PUT
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(
      summary =
          "Record a lead's email consent; UNSUBSCRIBED or SUPPRESSED cancels its pending emails")
  @APIResponse(
      responseCode = "200",
      description = "The lead with its consent",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = LeadView.class)))
  public Response set(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ConsentRequest request) {
    Lead lead = consents.set(id, ifMatch, request);
    return ETags.ok(LeadView.from(lead), lead.version);
  }
}
