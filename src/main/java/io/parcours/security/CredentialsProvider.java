package io.parcours.security;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.RequestContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** Turns a key or a session into who is calling and what they may do. */
@ApplicationScoped
public class CredentialsProvider implements IdentityProvider<Credentials> {

  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  @Inject AppClock clock;
  @Inject DataSource dataSource;

  @Override
  public Class<Credentials> getRequestType() {
    return Credentials.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      Credentials request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            request.kind == Credentials.Kind.API_KEY
                ? apiKey(request.secret)
                : QuarkusTransaction.requiringNew().call(() -> session(request.secret)));
  }

  /**
   * Every API call comes here first: one plain statement on an autocommit connection, no
   * transaction, and the last-used time written at most once a minute.
   */
  private SecurityIdentity apiKey(String presented) {
    ApiKeyRow key =
        ApiKeys.parsePrefix(presented)
            .flatMap(prefix -> ApiKeyRow.find(dataSource, prefix))
            .orElseThrow(CredentialsProvider::refused);
    if (key.revokedAt() != null || !Tokens.equal(key.secretHash(), Tokens.sha256(presented))) {
      throw refused();
    }
    Instant now = clock.now();
    if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
      ApiKeyRow.used(dataSource, key.id(), now);
    }
    return identity(
            "key:" + key.prefix(), new Actor(Actor.Type.API_KEY, key.id().toString()), key.scopes())
        .addAttribute(RequestContext.REASSIGNS, true)
        .addAttribute(ApiKeys.ID_ATTRIBUTE, key.id())
        .addAttribute(ApiKeys.LIMIT_ATTRIBUTE, key.requestsPerMinute())
        .build();
  }

  private SecurityIdentity session(String token) {
    UserSession session =
        UserSession.<UserSession>findByIdOptional(Tokens.sha256(token))
            .orElseThrow(StaleSession::refused);
    User user = User.findById(session.userId);
    if (session.expiresAt.isBefore(clock.now()) || user == null || !user.active) {
      throw StaleSession.refused();
    }
    QuarkusSecurityIdentity.Builder identity =
        identity(
                user.email, new Actor(Actor.Type.USER, user.id.toString()), user.role.permissions())
            .addRole(user.role.name())
            .addAttribute(Sessions.CSRF_ATTRIBUTE, session.csrfToken)
            .addAttribute(Sessions.USER_ATTRIBUTE, user.id)
            .addAttribute(RequestContext.REASSIGNS, user.role == Role.ADMIN);
    if (user.role == Role.SALES) {
      identity.addAttribute(RequestContext.OWNER_SCOPE, user.id);
    }
    return identity.build();
  }

  private static QuarkusSecurityIdentity.Builder identity(
      String name, Actor actor, Collection<String> permissions) {
    List<StringPermission> granted =
        permissions.stream().map(CredentialsProvider::permission).toList();
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(name))
        .addAttribute(RequestContext.ACTOR, actor)
        .addPermissionChecker(
            asked -> Uni.createFrom().item(granted.stream().anyMatch(g -> g.implies(asked))));
  }

  /** "leads:write" is read the way @PermissionsAllowed reads it: name "leads", action "write". */
  static StringPermission permission(String scope) {
    int colon = scope.indexOf(':');
    return colon < 0
        ? new StringPermission(scope)
        : new StringPermission(scope.substring(0, colon), scope.substring(colon + 1));
  }

  private static AuthenticationFailedException refused() {
    return new AuthenticationFailedException("Unknown, expired or revoked credentials");
  }
}
