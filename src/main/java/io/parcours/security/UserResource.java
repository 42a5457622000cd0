package io.parcours.security;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/users")
@Tag(name = "Users")
@PermissionsAllowed(Permission.USERS_ADMIN)
public class UserResource {

  private static final Map<String, Keyset.Field<User>> SORTS =
      Map.of("email", new Keyset.Field<>("lower(email)", v -> v, u -> u.email.toLowerCase()));

  @Inject Users users;
  @Inject Idempotency idempotency;

  @GET
  @Operation(summary = "List users by email")
  public Page<UserView> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Keyset<User> keyset = Keyset.of("email", SORTS, u -> u.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    keyset.after(cursor, where, params);
    String hql = "from User" + (where.isEmpty() ? "" : " where " + where.get(0)) + keyset.orderBy();
    return Page.of(
        User.<User>find(hql, params).range(0, limit).list(),
        limit,
        keyset::cursorOf,
        UserView::from);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a user")
  public RestResponse<UserView> get(UUID id) {
    User user = users.get(id);
    return ETags.ok(UserView.from(user), user.version);
  }

  @POST
  @Operation(summary = "Create a user (Idempotency-Key honoured)")
  @Created(
      value = UserView.class,
      description =
          "Created. The password is no part of what a retry with the same Idempotency-Key is"
              + " compared with, nor of what is kept for it: a retry that changes only the"
              + " password answers the first creation, with its first password.")
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull UserRequest request) {
    return idempotency.execute(
        key,
        "POST /api/users",
        request.withoutPassword(),
        () -> {
          User user = users.create(request);
          return ETags.created("/api/users/{id}", user.id, UserView.from(user), user.version);
        });
  }

  @PATCH
  @Path("/{id}")
  @Operation(summary = "Change a user's name, role, password or activity (If-Match required)")
  public RestResponse<UserView> change(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UserChange change) {
    User user = users.change(id, ifMatch, change);
    return ETags.ok(UserView.from(user), user.version);
  }

  @POST
  @Path("/{id}/unlock")
  @Operation(summary = "Lift a user's login lockout and waits after failed logins")
  @APIResponse(responseCode = "204", description = "Unlocked")
  public Response unlock(UUID id) {
    users.unlock(id);
    return Response.noContent().build();
  }
}
