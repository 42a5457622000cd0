package io.parcours.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/session")
@Tag(name = "Session")
public class SessionResource {

  @Inject Sessions sessions;
  @Inject LoginThrottle throttle;
  @Inject PasswordTurns turns;
  @Inject SecurityIdentity identity;

  @ConfigProperty(name = "parcours.session.secure-cookie")
  boolean secureCookie;

  @POST
  @PermitAll
  @Operation(
      summary =
          "Log in: sets the session cookie and answers the CSRF token; 429 after repeated failures")
  @APIResponse(
      responseCode = "200",
      description = "Logged in; the cookie is set",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "401", description = "Wrong email or password")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed logins, or too many logins at once",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait before the next try",
              schema = @Schema(type = SchemaType.INTEGER, format = "int32")))
  public RestResponse<SessionView> login(
      @Valid @NotNull LoginRequest login, @Context HttpServerRequest http) {
    String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    throttle.check(login.email(), address);
    Sessions.Opened opened;
    try {
      opened = turns.inTurn(() -> sessions.open(login));
    } catch (AuthenticationFailedException e) {
      throttle.failed(login.email(), address);
      throw e;
    }
    throttle.forget(login.email());
    return RestResponse.ResponseBuilder.ok(
            SessionView.of(opened.user(), opened.session().csrfToken, opened.session().expiresAt))
        .cookie(cookie(opened.token(), (int) sessions.lifetime().toSeconds()))
        .build();
  }

  @GET
  @Authenticated
  @Operation(summary = "Who is logged in")
  public SessionView current() {
    UUID id = identity.getAttribute(Sessions.USER_ATTRIBUTE);
    User user = id == null ? null : User.findById(id);
    if (user == null) {
      throw new io.quarkus.security.ForbiddenException("Not a user session");
    }
    return SessionView.of(user, identity.getAttribute(Sessions.CSRF_ATTRIBUTE), null);
  }

  @DELETE
  @PermitAll
  @Operation(summary = "Log out: ends the session")
  @APIResponse(responseCode = "204", description = "Logged out; the cookie is cleared")
  public Response logout(@CookieParam(AuthMechanism.COOKIE) String token) {
    sessions.close(token);
    return Response.noContent().cookie(cookie("", 0)).build();
  }

  private NewCookie cookie(String value, int maxAge) {
    return new NewCookie.Builder(AuthMechanism.COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(secureCookie)
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(maxAge)
        .build();
  }
}
