package io.parcours.events;

import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events")
@Tag(name = "Events")
public class EventResource {

  @Inject EventFeed feed;
  @Inject RequestContext request;

  @GET
  @PermissionsAllowed(Permission.EVENTS_READ)
  @Operation(
      summary =
          "Domain events in commit order after a cursor; store nextCursor and call again to catch up")
  @APIResponse(
      responseCode = "200",
      description = "The events after the cursor",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = EventPage.class)))
  @APIResponse(
      responseCode = "410",
      description =
          "The cursor is older than the retention window (EVENTS_RETENTION, at least 90 days by"
              + " default): events after it were removed; read again without a cursor")
  public EventPage read(
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
      @QueryParam("type") List<String> types) {
    List<String> wanted = types == null ? List.of() : types;
    for (String type : wanted) {
      if (!DomainEvents.TYPES.contains(type)) {
        throw Problem.badRequest("Unknown event type '" + type + "'")
            .with("parameter", "type")
            .with("allowed", DomainEvents.TYPES.stream().sorted().toList());
      }
    }
    return feed.read(after, limit, wanted, request.ownerScope());
  }
}
