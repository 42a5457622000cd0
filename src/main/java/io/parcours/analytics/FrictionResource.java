package io.parcours.analytics;

import io.parcours.common.AppClock;
import io.parcours.common.EnumParam;
import io.parcours.common.Instants;
import io.parcours.common.LaggingRead;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.lead.Stage;
import io.parcours.security.Permission;
import io.parcours.touchpoint.Channel;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/friction")
@Tag(name = "Friction")
@LaggingRead
public class FrictionResource {

  private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

  @Inject FrictionQuery friction;
  @Inject AppClock clock;
  @Inject RequestContext request;

  @GET
  @PermissionsAllowed(Permission.TOUCHPOINTS_READ)
  @Operation(
      summary =
          "Negative touchpoints of the leads the caller may see, by stage and channel over a"
              + " period (default: the last 30 days), with the most recent of each group")
  public FrictionReport report(
      @QueryParam("from") @Parameter(description = "ISO instant, inclusive") String from,
      @QueryParam("to") @Parameter(description = "ISO instant, exclusive; default now") String to,
      @QueryParam("stage") String stage,
      @QueryParam("channel") String channel,
      @QueryParam("recent") @DefaultValue("5") @Min(0) @Max(50) int recent) {
    Instant until = to == null ? clock.now() : Instants.parameter("to", to);
    Instant since = from == null ? until.minus(DEFAULT_PERIOD) : Instants.parameter("from", from);
    if (!since.isBefore(until)) {
      throw Problem.badRequest("'from' must be before 'to'").with("parameter", "from");
    }
    return friction.report(
        since,
        until,
        EnumParam.parse(Stage.class, "stage", stage),
        EnumParam.parse(Channel.class, "channel", channel),
        recent,
        request.ownerScope());
  }
}
