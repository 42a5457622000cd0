package io.parcours.security;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a session cookie failed when it names no live session: the caller is then anonymous, and the
 * cookie is cleared.
 */
final class StaleSession extends RuntimeException {

  private StaleSession() {
    super("Unknown or expired session", null, false, false);
  }

  static AuthenticationFailedException refused() {
    return new AuthenticationFailedException(new StaleSession());
  }

  static boolean causes(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof StaleSession) {
        return true;
      }
    }
    return false;
  }
}
