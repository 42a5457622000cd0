package io.parcours.webhook;

import io.parcours.common.Created;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.common.Problem;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/webhooks")
@Tag(name = "Webhooks")
@PermissionsAllowed(Permission.WEBHOOKS_ADMIN)
public class WebhookResource {

  private static final Map<String, Keyset.Field<WebhookSubscription>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, s -> s.createdAt));
  private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "DELIVERED", "FAILED");

  @Inject WebhookService webhooks;
  @Inject DeliveryLog log;

  @POST
  @Operation(summary = "Subscribe a URL to event types; the answer holds the secret, shown once")
  @Created(value = WebhookView.class, description = "Created; the secret is shown this once")
  public Response create(@Valid @NotNull WebhookRequest request) {
    WebhookService.Created created = webhooks.create(request);
    return Response.created(
            UriBuilder.fromPath("/api/webhooks/{id}").build(created.subscription().id))
        .entity(WebhookView.from(created.subscription(), created.secret()))
        .build();
  }

  @GET
  @Operation(summary = "List webhook subscriptions, newest first")
  public Page<WebhookView> list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Keyset<WebhookSubscription> keyset = Keyset.of("-createdAt", SORTS, s -> s.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    keyset.after(cursor, where, params);
    String hql =
        "from WebhookSubscription"
            + (where.isEmpty() ? "" : " where " + where.get(0))
            + keyset.orderBy();
    List<WebhookSubscription> rows =
        WebhookSubscription.<WebhookSubscription>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, s -> WebhookView.from(s, null));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a webhook subscription")
  public WebhookView get(UUID id) {
    return WebhookView.from(webhooks.get(id), null);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a subscription and its delivery log")
  public void delete(UUID id) {
    webhooks.delete(id);
  }

  @POST
  @Path("/{id}/enable")
  @Operation(summary = "Turn a disabled subscription (after a 410, say) back on")
  public WebhookView enable(UUID id) {
    return WebhookView.from(webhooks.enable(id), null);
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(summary = "The delivery log of a subscription, newest first, with every try")
  public Page<DeliveryView> deliveries(
      UUID id,
      @QueryParam("status") String status,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    if (status != null && !STATUSES.contains(status)) {
      throw Problem.badRequest("Unknown delivery status '" + status + "'")
          .with("parameter", "status")
          .with("allowed", STATUSES.stream().sorted().toList());
    }
    webhooks.get(id);
    return log.list(id, status, cursor, limit);
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(summary = "Send a delivery again, whatever became of it")
  @APIResponse(
      responseCode = "202",
      description = "Queued again",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeliveryView.class)))
  public Response redeliver(UUID id, UUID deliveryId) {
    return Response.accepted(log.redeliver(id, deliveryId)).build();
  }
}
