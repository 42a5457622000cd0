package io.parcours.content;

import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.persona.Persona;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/personas/{id}/journey")
@Tag(name = "Personas")
public class PersonaJourneyResource {

  @Inject PersonaJourneys journeys;

  @GET
  @PermissionsAllowed(Permission.PERSONAS_READ)
  @Operation(summary = "The persona's journey: its own, or the default one")
  @APIResponse(
      responseCode = "200",
      description = "The journey (the default one has no ETag)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = JourneyDefinition.class)))
  public Response get(UUID id) {
    if (Persona.findById(id) == null) {
      throw Problem.notFound("Persona", id);
    }
    return respond(journeys.of(id));
  }

  @PUT
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Operation(summary = "Give the persona its own journey (If-Match required to replace one)")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = JourneyDefinition.class)))
  public Response put(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull JourneyRequest request) {
    return respond(journeys.put(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Operation(summary = "Return the persona to the default journey")
  public void reset(UUID id) {
    journeys.reset(id);
  }

  private static Response respond(JourneyDefinition journey) {
    Response.ResponseBuilder ok = Response.ok(journey);
    return journey.defaultJourney() ? ok.build() : ok.tag(ETags.of(journey.version())).build();
  }
}
