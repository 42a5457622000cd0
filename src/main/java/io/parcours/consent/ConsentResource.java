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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/leads/{id}/consent")
@Tag(name = "Consent")
public class ConsentResource {

  @Inject ConsentService consents;

  @PUT
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(
      summary =
          "Record a lead's email consent; UNSUBSCRIBED or SUPPRESSED cancels its pending emails")
  public RestResponse<LeadView> set(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ConsentRequest request) {
    Lead lead = consents.set(id, ifMatch, request);
    return ETags.ok(LeadView.from(lead), lead.version);
  }
}
