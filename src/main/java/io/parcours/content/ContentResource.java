package io.parcours.content;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.EnumParam;
import io.parcours.common.Idempotency;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.lead.Stage;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/content")
@Tag(name = "Content")
public class ContentResource {

  @Inject ContentService content;
  @Inject ContentGaps gaps;
  @Inject StageContentTypes stageTypes;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.CONTENT_READ)
  @Operation(summary = "Search the content library; sort by createdAt or title, '-' for descending")
  public Page<ContentView> search(
      @QueryParam("type") String type,
      @QueryParam("stage") String stage,
      @QueryParam("personaId") UUID personaId,
      @QueryParam("active") Boolean active,
      @QueryParam("variantGroup") String variantGroup,
      @QueryParam("sort") @DefaultValue("-createdAt") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return ContentQueries.search(
        EnumParam.parse(ContentType.class, "type", type),
        EnumParam.parse(Stage.class, "stage", stage),
        personaId,
        active,
        variantGroup,
        sort,
        cursor,
        limit);
  }

  @GET
  @PermissionsAllowed(Permission.CONTENT_READ)
  @Path("/{id}")
  @Operation(summary = "Read a content item")
  public RestResponse<ContentView> get(UUID id) {
    return ok(content.get(id));
  }

  @POST
  @PermissionsAllowed(Permission.CONTENT_WRITE)
  @Operation(summary = "Add an item to the library (Idempotency-Key honoured)")
  @Created(ContentView.class)
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ContentRequest request) {
    return idempotency.execute(
        key,
        "POST /api/content",
        request,
        () -> {
          ContentItem item = content.create(request);
          return ETags.created("/api/content/{id}", item.id, ContentView.from(item), item.version);
        });
  }

  @PUT
  @PermissionsAllowed(Permission.CONTENT_WRITE)
  @Path("/{id}")
  @Operation(summary = "Replace a content item (If-Match required)")
  public RestResponse<ContentView> replace(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ContentRequest request) {
    return ok(content.replace(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.CONTENT_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete an item no lead has received; deactivate the others")
  public void delete(UUID id) {
    content.delete(id);
  }

  @GET
  @PermissionsAllowed(Permission.CONTENT_READ)
  @Path("/gaps")
  @Operation(summary = "Every (persona, stage, required content type) with no active item")
  public Page<GapView> gaps(
      @QueryParam("personaId") UUID personaId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return gaps.find(personaId, cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.CONTENT_READ)
  @Path("/stage-types")
  @Operation(summary = "The content types each stage requires by default")
  @APIResponse(
      responseCode = "200",
      description = "Every stage's types, the version of the whole as the ETag",
      headers = @Header(name = "ETag", ref = "ETag"))
  public RestResponse<Map<Stage, List<ContentType>>> stageTypes() {
    Map<Stage, List<ContentType>> all = stageTypes.all();
    return ETags.ok(all, StageContentTypes.version(all));
  }

  @PUT
  @PermissionsAllowed(Permission.CONTENT_WRITE)
  @Path("/stage-types/{stage}")
  @Operation(
      summary =
          "Replace the content types a stage requires by default (If-Match: the ETag of the"
              + " whole list)")
  @APIResponse(
      responseCode = "200",
      description = "The stage's types after the change; the new version of the whole as the ETag",
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "412", description = "The types changed since they were read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public RestResponse<List<ContentType>> replaceStageTypes(
      Stage stage,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull List<@NotNull ContentType> types) {
    if (stage == Stage.LOST) {
      throw Problem.badRequest("LOST is outside every journey").with("parameter", "stage");
    }
    Map<Stage, List<ContentType>> all = stageTypes.replace(stage, ifMatch, types);
    return ETags.ok(all.get(stage), StageContentTypes.version(all));
  }

  private static RestResponse<ContentView> ok(ContentItem item) {
    return ETags.ok(ContentView.from(item), item.version);
  }
}
