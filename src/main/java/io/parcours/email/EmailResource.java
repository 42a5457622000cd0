package io.parcours.email;

import io.parcours.common.Page;
import io.parcours.common.RequestContext;
import io.parcours.security.Permission;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/emails")
@Tag(name = "Emails")
public class EmailResource {

  @Inject OutboxService outbox;
  @Inject RequestContext request;

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Operation(
      summary =
          "The outbox: planned, sent, failed, cancelled and unknown emails; sort by createdAt or dueAt")
  public Page<EmailView> search(
      @BeanParam EmailFilter filter,
      @QueryParam("sort") @DefaultValue("-createdAt") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return EmailQueries.search(filter, request.ownerScope(), sort, cursor, limit);
  }

  @GET
  @PermissionsAllowed(Permission.EMAIL_READ)
  @Path("/{id}")
  @Operation(summary = "Read an outbox email")
  public EmailView get(UUID id) {
    return EmailView.from(outbox.get(id));
  }

  @POST
  @PermissionsAllowed(Permission.EMAIL_WRITE)
  @Path("/{id}/requeue")
  @Operation(summary = "Send an UNKNOWN or FAILED email again, once checked that it did not arrive")
  public EmailView requeue(UUID id) {
    return EmailView.from(outbox.requeue(id));
  }
}
