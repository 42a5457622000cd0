package io.parcours.security;

import io.parcours.common.RequestContext;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people a lead may belong to, for filters and pickers; a salesperson sees only himself. */
@Path("/api/owners")
@Tag(name = "Users")
public class OwnerResource {

  public record Owner(UUID id, String name) {}

  @Inject RequestContext request;

  @GET
  @PermissionsAllowed(Permission.LEADS_READ)
  @Operation(summary = "Active users who may own leads, by name")
  public List<Owner> list() {
    List<User> users =
        request
            .ownerScope()
            .map(me -> User.<User>find("id = ?1 and active = true", me).list())
            .orElseGet(() -> User.<User>list("active = true order by lower(name), id"));
    return users.stream().map(u -> new Owner(u.id, u.name)).toList();
  }
}
