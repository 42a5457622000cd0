package io.parcours.persona;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
import io.parcours.common.Page;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/personas")
@Tag(name = "Personas")
public class PersonaResource {

  @Inject PersonaService personas;
  @Inject Idempotency idempotency;

  @GET
  @PermissionsAllowed(Permission.PERSONAS_READ)
  @Operation(summary = "List personas by name; q finds those whose name contains it")
  public Page<PersonaView> list(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return PersonaQueries.page(q, cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.PERSONAS_READ)
  @Path("/{id}")
  @Operation(summary = "Read a persona")
  public RestResponse<PersonaView> get(UUID id) {
    Persona persona = personas.get(id);
    return ETags.ok(PersonaView.from(persona), persona.version);
  }

  @POST
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Operation(summary = "Create a persona")
  @Created(PersonaView.class)
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull PersonaRequest request) {
    return idempotency.execute(
        key,
        "POST /api/personas",
        request,
        () -> {
          Persona persona = personas.create(request);
          return ETags.created(
              "/api/personas/{id}", persona.id, PersonaView.from(persona), persona.version);
        });
  }

  @PUT
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Path("/{id}")
  @Operation(summary = "Replace a persona (If-Match required)")
  public RestResponse<PersonaView> replace(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PersonaRequest request) {
    Persona persona = personas.replace(id, ifMatch, request);
    return ETags.ok(PersonaView.from(persona), persona.version);
  }

  @DELETE
  @PermissionsAllowed(Permission.PERSONAS_WRITE)
  @Path("/{id}")
  @Operation(summary = "Delete a persona that no lead uses")
  public void delete(UUID id) {
    personas.delete(id);
  }
}
