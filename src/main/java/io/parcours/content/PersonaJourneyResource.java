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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/personas/{id}/journey")
@Tag(name = "Personas")
public class PersonaJourneyResource {

  @Inject PersonaJourneys journeys;

  @GET
  @PermissionsAllowed(Permission.PERSONAS_READ)
  @Operation(summary = "The persona's journey: its own, or the default one")
  public RestResponse<JourneyDefinition> get(UUID id) {
    if (Persona.findById(id) == null) {
      throw Problem.notFound("Persona", id);
    }
    return respond(journeys.of(id));
  }

  @PUT
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Operation(summary = "Give the persona its own journey (If-Match required to replace one)")
  public RestResponse<JourneyDefinition> put(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull JourneyRequest request) {
    return respond(journeys.put(id, ifMatch, request));
  }

  @DELETE
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Operation(summary = "Return the persona to the default journey")
  public void reset(UUID id) {
    journeys.reset(id);
  }

  private static RestResponse<JourneyDefinition> respond(JourneyDefinition journey) {
    RestResponse.ResponseBuilder<JourneyDefinition> ok = RestResponse.ResponseBuilder.ok(journey);
    return journey.defaultJourney() ? ok.build() : ok.tag(ETags.of(journey.version())).build();
  }
}
