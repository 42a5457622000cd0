package io.parcours.referral;

import io.parcours.lead.LeadService;
import io.parcours.lead.ReferralCode;
import io.parcours.lead.Referrals;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/referral-code")
@Tag(name = "Referrals")
public class ReferralResource {

  @Inject Referrals referrals;
  @Inject LeadService leads;

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(summary = "Issue the customer's personal referral code, or answer the one it has")
  @APIResponse(
      responseCode = "201",
      description = "Issued",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReferralCodeView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The code issued before",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ReferralCodeView.class)))
  public Response issue(UUID id) {
    Referrals.Issued issued = referrals.issue(id);
    ReferralCodeView view = ReferralCodeView.from(issued.code());
    return issued.created()
        ? Response.created(URI.create("/api/leads/" + id + "/referral-code")).entity(view).build()
        : Response.ok(view).build();
  }

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "The lead's referral code (null until issued) and how many leads it brought")
  public ReferralCodeView get(UUID id) {
    leads.get(id);
    return ReferralCode.ofLead(id)
        .map(ReferralCodeView::from)
        .orElseGet(() -> new ReferralCodeView(null, id, ReferralReport.referredBy(id), null));
  }
}
