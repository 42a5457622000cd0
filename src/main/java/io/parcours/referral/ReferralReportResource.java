package io.parcours.referral;

import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/analytics/referrals")
@Tag(name = "Referrals")
public class ReferralReportResource {

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Operation(summary = "Codes issued, leads referred and how many of them bought")
  public ReferralReport report() {
    return ReferralReport.load();
  }
}
