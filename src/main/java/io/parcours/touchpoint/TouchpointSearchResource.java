package io.parcours.touchpoint;

import io.parcours.common.Page;
import io.parcours.common.RequestContext;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/touchpoints")
@Tag(name = "Touchpoints")
public class TouchpointSearchResource {

  @Inject RequestContext request;

  @GET
  @PermissionsAllowed(Permission.TOUCHPOINTS_READ)
  @Operation(
      summary =
          "Search touchpoints across leads by type, channel, time and lead; sort by occurredAt,"
              + " '-' for descending")
  public Page<TouchpointView> search(
      @BeanParam TouchpointFilter filter,
      @QueryParam("sort") @DefaultValue("-occurredAt") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return TouchpointQueries.search(filter, request.ownerScope(), sort, cursor, limit);
  }
}
