package io.parcours.webhook;

import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The signing secret of a subscription: rotation with an overlap, and the overlap's end. */
@Path("/api/webhooks/{id}/secret")
@Tag(name = "Webhooks")
@PermissionsAllowed(Permission.WEBHOOKS_ADMIN)
public class WebhookSecretResource {

  @Inject WebhookService webhooks;

  @POST
  @Path("/rotate")
  @Operation(
      summary =
          "Replace the signing secret; the answer holds the new one, shown once. Until"
              + " previousSecretUntil, deliveries carry two signatures: the new secret's and the"
              + " replaced one's")
  @APIResponse(responseCode = "200", description = "Rotated; the new secret is shown this once")
  public RestResponse<WebhookView> rotate(UUID id, @Valid @NotNull SecretRotation rotation) {
    return WebhookResource.ok(webhooks.rotate(id, rotation));
  }

  @DELETE
  @Path("/previous")
  @Operation(summary = "End a rotation's overlap now: only the new secret signs from now on")
  @APIResponse(responseCode = "200", description = "The subscription, with no previous secret")
  public RestResponse<WebhookView> endOverlap(UUID id) {
    return WebhookResource.ok(webhooks.endOverlap(id));
  }
}
