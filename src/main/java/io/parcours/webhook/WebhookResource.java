package io.parcours.webhook;

import io.parcours.common.Created;
import io.parcours.common.ETags;
import io.parcours.common.Idempotency;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/webhooks")
@Tag(name = "Webhooks")
@PermissionsAllowed(Permission.WEBHOOKS_ADMIN)
public class WebhookResource {

  private static final Map<String, Keyset.Field<WebhookSubscription>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, s -> s.createdAt));
  private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "DELIVERED", "FAILED");

  @Inject WebhookService webhooks;
  @Inject DeliveryLog log;
  @Inject Idempotency idempotency;

  @POST
  @Operation(
      summary =
          "Subscribe a URL to event types, optionally filtered on the events' fields; the answer"
              + " holds the secret, shown once (Idempotency-Key honoured)")
  @Created(
      value = WebhookView.class,
      description =
          "Created; the secret is shown this once. A retry with the same Idempotency-Key answers"
              + " the subscription created first without its secret (Idempotent-Replayed: true):"
              + " secrets are never stored for replays, nor compared; a client that lost one"
              + " rotates it.")
  public Response create(
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull WebhookRequest request) {
    return idempotency.execute(
        key,
        "POST /api/webhooks",
        request.withoutSecret(),
        () -> {
          WebhookService.Created created = webhooks.create(request);
          WebhookSubscription s = created.subscription();
          return ETags.created("/api/webhooks/{id}", s.id, view(created), s.version);
        },
        view -> ((WebhookView) view).withoutSecret());
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
  public RestResponse<WebhookView> get(UUID id) {
    return ok(webhooks.get(id));
  }

  @PATCH
  @Path("/{id}")
  @Operation(
      summary =
          "Change a subscription's URL (checked again), event types, filters, description or"
              + " activity (If-Match required); deliveries already planned keep going")
  public RestResponse<WebhookView> update(
      UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WebhookPatch patch) {
    return ok(webhooks.update(id, ifMatch, patch));
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
  public RestResponse<WebhookView> enable(UUID id) {
    return ok(webhooks.enable(id));
  }

  static RestResponse<WebhookView> ok(WebhookSubscription s) {
    return ETags.ok(WebhookView.from(s, null), s.version);
  }

  static RestResponse<WebhookView> ok(WebhookService.Created c) {
    return ETags.ok(view(c), c.subscription().version);
  }

  private static WebhookView view(WebhookService.Created c) {
    return WebhookView.from(c.subscription(), c.secret());
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
