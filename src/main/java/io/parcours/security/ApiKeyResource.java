package io.parcours.security;

import io.parcours.common.Created;
import io.parcours.common.Idempotency;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/api-keys")
@Tag(name = "API keys")
@PermissionsAllowed(Permission.USERS_ADMIN)
public class ApiKeyResource {

  private static final Map<String, Keyset.Field<ApiKey>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, k -> k.createdAt));

  @Inject ApiKeys keys;
  @Inject Idempotency idempotency;

  @GET
  @Operation(summary = "List API keys, newest first (secrets are never shown again)")
  public Page<ApiKeyView> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Keyset<ApiKey> keyset = Keyset.of("-createdAt", SORTS, k -> k.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    keyset.after(cursor, where, params);
    String hql =
        "from ApiKey" + (where.isEmpty() ? "" : " where " + where.get(0)) + keyset.orderBy();
    List<ApiKey> rows = ApiKey.<ApiKey>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, k -> ApiKeyView.from(k, null));
  }

  @POST
  @Operation(
      summary =
          "Create an API key; the answer holds its secret, shown this once (Idempotency-Key"
              + " honoured)")
  @Created(
      value = ApiKeyView.class,
      description =
          "Created; the secret is shown this once. A retry with the same Idempotency-Key answers"
              + " the key created first without its secret (Idempotent-Replayed: true): secrets"
              + " are never stored for replays; a client that lost one revokes the key.")
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ApiKeyRequest request) {
    return idempotency.execute(
        key,
        "POST /api/api-keys",
        request,
        () -> {
          ApiKeys.Created created = keys.create(request);
          return Response.created(UriBuilder.fromPath("/api/api-keys/{id}").build(created.key().id))
              .entity(ApiKeyView.from(created.key(), created.secret()))
              .build();
        },
        view -> ((ApiKeyView) view).withoutSecret());
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Revoke an API key at once")
  public ApiKeyView revoke(UUID id) {
    return ApiKeyView.from(keys.revoke(id), null);
  }
}
