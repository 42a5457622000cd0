package io.parcours.consent;

import io.parcours.lead.Lead;
import io.parcours.security.WithoutSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in every email. GET only asks for confirmation (mail scanners follow links); POST
 * unsubscribes, from that page or as RFC 8058 one-click from the mail client. No login: the signed
 * token is the proof, and a session cookie the browser sends along is ignored (no CSRF token).
 */
@Path("/unsubscribe/{token}")
@Tag(name = "Consent")
@PermitAll
@WithoutSession
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance confirm(boolean french, String email);

    static native TemplateInstance done(boolean french);

    static native TemplateInstance invalid();
  }

  @Inject UnsubscribeTokens tokens;
  @Inject ConsentService consents;

  @GET
  @Operation(summary = "The confirmation page of an unsubscribe link; changes nothing")
  public Response confirm(@PathParam("token") String token) {
    Optional<Lead> lead = lead(token);
    if (lead.isEmpty()) {
      return invalid();
    }
    Lead l = lead.get();
    return Response.ok(Templates.confirm(french(l), mask(l.email)).render()).build();
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Unsubscribe (one-click, RFC 8058): cancels the lead's pending emails")
  public Response unsubscribe(@PathParam("token") String token) {
    Optional<Lead> lead = lead(token);
    if (lead.isEmpty()) {
      return invalid();
    }
    consents.unsubscribe(lead.get().id);
    return Response.ok(Templates.done(french(lead.get())).render()).build();
  }

  private Optional<Lead> lead(String token) {
    return tokens.verify(token).flatMap(id -> Lead.<Lead>findByIdOptional(id));
  }

  private static Response invalid() {
    return Response.status(404).entity(Templates.invalid().render()).build();
  }

  private static boolean french(Lead lead) {
    return lead.locale != null && lead.locale.startsWith("fr");
  }

  /** Enough of the address to recognise it, not enough to harvest it. */
  static String mask(String email) {
    int at = email.indexOf('@');
    return at <= 1
        ? "***" + email.substring(Math.max(at, 0))
        : email.charAt(0) + "***" + email.substring(at);
  }
}
