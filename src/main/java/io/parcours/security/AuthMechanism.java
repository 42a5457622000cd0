package io.parcours.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads an API key (Authorization: Bearer) or a session cookie; the provider checks them. */
@ApplicationScoped
public class AuthMechanism implements HttpAuthenticationMechanism {

  static final String COOKIE = "parcours_session";

  @ConfigProperty(name = "parcours.session.secure-cookie")
  boolean secureCookie;

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return identities.authenticate(
          new Credentials(Credentials.Kind.API_KEY, authorization.substring(7).strip()));
    }
    Cookie session = context.request().getCookie(COOKIE);
    if (session != null && !session.getValue().isEmpty()) {
      return identities
          .authenticate(new Credentials(Credentials.Kind.SESSION, session.getValue()))
          .onFailure(StaleSession::causes)
          .recoverWithUni(
              () -> {
                clearCookie(context);
                return Uni.createFrom().nullItem();
              });
    }
    return Uni.createFrom().nullItem();
  }

  /**
   * A browser keeps a cookie after its session ended (a password reset, a restart of the lifetime):
   * it is told to drop it, unless the answer sets a new one (logging in).
   */
  private void clearCookie(RoutingContext context) {
    context.addHeadersEndHandler(
        v -> {
          boolean setsOwn =
              context.response().headers().getAll("Set-Cookie").stream()
                  .anyMatch(c -> c.startsWith(COOKIE + "="));
          if (!setsOwn) {
            context.response().headers().add("Set-Cookie", Sessions.expiredCookie(secureCookie));
          }
        });
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"parcours\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(Credentials.class);
  }
}
