package io.parcours.settings;

import io.parcours.common.ETags;
import io.parcours.common.Page;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/settings")
@Tag(name = "Settings")
@PermissionsAllowed(Permission.SETTINGS_WRITE)
public class SettingsResource {

  @Inject Settings settings;
  @Inject SettingsService service;
  @Inject SettingsChanges changes;

  @GET
  @Operation(summary = "Read the settings in force, their defaults and the stored values")
  public RestResponse<SettingsView> get() {
    return view();
  }

  @PUT
  @Operation(
      summary =
          "Replace the stored settings (null: the default); applies on every instance within"
              + " seconds (If-Match required)")
  public RestResponse<SettingsView> replace(
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SettingsValues values) {
    service.replace(ifMatch, values);
    // Read again once committed: this instance applies the change at once.
    settings.forget();
    return view();
  }

  @GET
  @Path("/audit")
  @Operation(summary = "The changes of the settings and who made them, newest first")
  public Page<SettingsChangeView> audit(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return changes.list(cursor, limit);
  }

  private RestResponse<SettingsView> view() {
    Settings.Stored stored = settings.stored();
    return ETags.ok(
        new SettingsView(
            settings.current(),
            settings.defaults(),
            stored.overrides(),
            stored.updatedAt(),
            stored.updatedBy(),
            stored.version()),
        stored.version());
  }
}
