package io.parcours.email;

import io.parcours.common.Created;
import io.parcours.common.Idempotency;
import io.parcours.lead.LeadService;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/leads/{id}/emails")
@Tag(name = "Emails")
public class LeadEmailResource {

  @Inject ContentSends sends;
  @Inject LeadService leads;
  @Inject Idempotency idempotency;

  @POST
  @PermissionsAllowed(Permission.LEADS_WRITE)
  @Operation(
      summary =
          "Send a content item to the lead by email through the outbox (Idempotency-Key"
              + " honoured): due now, or later when its weekly cap is reached")
  @Created(EmailView.class)
  public Response send(
      UUID id, @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull SendRequest request) {
    leads.get(id); // before any replay: a key never shows a lead the caller may not see
    return idempotency.execute(
        key,
        "POST /api/leads/" + id + "/emails",
        request,
        () -> {
          OutboxEmail e = sends.send(id, request);
          return Response.created(UriBuilder.fromPath("/api/emails/{id}").build(e.id))
              .entity(EmailView.from(e))
              .build();
        });
  }
}
