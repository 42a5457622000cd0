package io.parcours.imports;

import io.parcours.common.Page;
import io.parcours.common.RequestContext;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/imports")
@Tag(name = "Imports")
@PermissionsAllowed(Permission.IMPORTS_WRITE)
public class ImportResource {

  @Inject LeadImports imports;
  @Inject RejectedRows rejected;
  @Inject RequestContext request;

  @POST
  @Path("/leads")
  @Consumes({"text/csv", "application/octet-stream"})
  @Operation(
      summary =
          "Import a CSV of leads in the background (upsert by email; new leads enter their stage as"
              + " created ones do, with its emails and content); 202, or 200 with the earlier"
              + " import of the same file")
  @APIResponse(
      responseCode = "202",
      description = "Received; the import runs in the background",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The same file was received before: its import",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ImportView.class)))
  public Response upload(InputStream body, @QueryParam("fileName") String fileName)
      throws IOException {
    Importer importer =
        new Importer(
            request.actor(),
            request.ownerScope().orElse(null),
            request.reassigns(),
            request.correlationId());
    LeadImports.Started started = imports.receive(body, fileName, importer);
    ImportView view = ImportView.from(started.leadImport());
    var location = UriBuilder.fromPath("/api/imports/{id}").build(view.id());
    return (started.fresh() ? Response.accepted(view) : Response.ok(view))
        .location(location)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An import's progress and counts")
  public ImportView get(UUID id) {
    return ImportView.from(imports.get(id));
  }

  @GET
  @Path("/{id}/errors")
  @Operation(summary = "The rows an import rejected, with why, in file order")
  public Page<RowError> errors(
      UUID id,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return imports.errors(id, cursor, limit);
  }

  @GET
  @Path("/{id}/rejected.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The rows an import rejected as CSV, with the file's columns and an error column, to"
              + " correct and upload again")
  public Response rejectedRows(UUID id) {
    LeadImport i = imports.get(id);
    StreamingOutput body = out -> rejected.write(i, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"rejected-rows.csv\"")
        .build();
  }
}
