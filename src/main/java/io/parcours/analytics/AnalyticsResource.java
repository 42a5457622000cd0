package io.parcours.analytics;

import io.parcours.common.AppClock;
import io.parcours.common.Instants;
import io.parcours.common.LaggingRead;
import io.parcours.common.Problem;
import io.parcours.security.Permission;
import io.parcours.settings.Settings;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/analytics")
@Tag(name = "Analytics")
@LaggingRead
public class AnalyticsResource {

  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject FunnelQuery funnel;
  @Inject DropOffQuery dropOff;
  @Inject TimeInStageQuery timeInStage;
  @Inject Stalled stalled;
  @Inject ChannelQuery channels;
  @Inject ContentQuery content;
  @Inject AbTestQuery abTests;
  @Inject EmailMetrics emails;

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/funnel")
  @Operation(summary = "Leads that reached each stage, and the share that moved on to the next")
  public FunnelReport funnel(
      @BeanParam AnalyticsParams params,
      @QueryParam("cohort") @DefaultValue("false") boolean cohort) {
    return funnel.report(scope(params), cohort);
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/drop-off")
  @Operation(summary = "Leads lost, by the stage they were lost from, with the reasons")
  public DropOffReport dropOff(@BeanParam AnalyticsParams params) {
    return dropOff.report(scope(params));
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/time-in-stage")
  @Operation(summary = "Median and p90 time in each stage, for all personas and per persona")
  public TimeInStageReport timeInStage(@BeanParam AnalyticsParams params) {
    return timeInStage.report(scope(params));
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/stalled")
  @Operation(summary = "Leads beyond the p90 of their persona and stage, untouched since")
  public StalledReport stalled(
      @BeanParam AnalyticsParams params,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return stalled.report(scope(params), limit);
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/channels")
  @Operation(summary = "Touchpoints by channel and stage")
  public ChannelReport channels(@BeanParam AnalyticsParams params) {
    return channels.report(scope(params));
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/content")
  @Operation(summary = "Per content item: leads that received it and the share that advanced")
  public ContentReport content(
      @BeanParam AnalyticsParams params,
      @QueryParam("withinDays") @Min(1) @Max(365) Integer withinDays) {
    return content.report(
        scope(params), withinDays == null ? settings.analyticsAdvanceWithinDays() : withinDays);
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/ab-tests")
  @Operation(summary = "A/B results per variant group; all time unless a period is given")
  public AbTestReport abTests(@BeanParam AnalyticsParams params) {
    Scope scope = scope(params);
    return abTests.report(
        params.from == null && params.to == null
            ? new Scope(null, null, scope.personaId(), scope.ownerId(), scope.source())
            : scope);
  }

  @GET
  @PermissionsAllowed(Permission.ANALYTICS_READ)
  @Path("/emails")
  @Operation(summary = "Emails planned, sent, failed, cancelled; leads who unsubscribed")
  public EmailReport emails(@BeanParam AnalyticsParams params) {
    return emails.report(scope(params));
  }

  private Scope scope(AnalyticsParams p) {
    LocalDate to =
        p.to == null ? LocalDate.ofInstant(clock.now(), ZoneOffset.UTC) : Instants.date("to", p.to);
    LocalDate from =
        p.from == null
            ? to.minusDays(settings.analyticsDefaultPeriodDays() - 1L)
            : Instants.date("from", p.from);
    if (from.isAfter(to)) {
      throw Problem.badRequest("'from' must not be after 'to'").with("parameter", "from");
    }
    String source = p.source == null || p.source.isBlank() ? null : p.source.strip();
    return new Scope(from, to, p.personaId, p.ownerId, source);
  }
}
