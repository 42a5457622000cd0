package io.parcours.security;

import io.parcours.common.AppClock;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Logging in and out of the web UI. */
@ApplicationScoped
public class Sessions {

  static final String CSRF_ATTRIBUTE = "parcours.csrf";
  static final String USER_ATTRIBUTE = "parcours.user";

  @Inject AppClock clock;

  @ConfigProperty(name = "parcours.session.lifetime")
  Duration lifetime;

  /** The session token goes into the cookie; only its hash is kept. */
  public record Opened(String token, UserSession session, User user) {}

  @Transactional
  public Opened open(LoginRequest login) {
    User user = User.findByEmail(login.email()).filter(u -> u.active).orElse(null);
    if (!Passwords.matches(login.password(), user == null ? null : user.passwordHash)) {
      throw new AuthenticationFailedException("Wrong email or password");
    }
    String token = Tokens.random(40);
    UserSession session = new UserSession();
    session.tokenHash = Tokens.sha256(token);
    session.userId = user.id;
    session.csrfToken = Tokens.random(32);
    session.createdAt = clock.now();
    session.expiresAt = session.createdAt.plus(lifetime);
    session.persist();
    return new Opened(token, session, user);
  }

  @Transactional
  public void close(String token) {
    if (token != null) {
      UserSession.deleteById(Tokens.sha256(token));
    }
  }

  /** Ends every session of a user, when he is deactivated or his password changes. */
  @Transactional
  public void closeAll(java.util.UUID userId) {
    UserSession.delete("userId", userId);
  }

  @Transactional
  public void purgeExpired() {
    UserSession.delete("expiresAt < ?1", clock.now());
  }

  /** The Set-Cookie value that makes a browser forget its session cookie. */
  static String expiredCookie(boolean secure) {
    return io.vertx.core.http.Cookie.cookie(AuthMechanism.COOKIE, "")
        .setPath("/")
        .setHttpOnly(true)
        .setSecure(secure)
        .setSameSite(io.vertx.core.http.CookieSameSite.STRICT)
        .setMaxAge(0)
        .encode();
  }

  Duration lifetime() {
    return lifetime;
  }
}
