package io.parcours.security;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is logged in; {@code csrfToken} goes into X-CSRF-Token on every change; {@code ownLeadsOnly}
 * says the user sees only his own and unassigned leads.
 */
public record SessionView(
    UUID userId,
    String email,
    String name,
    Role role,
    Set<String> permissions,
    boolean ownLeadsOnly,
    String csrfToken,
    Instant expiresAt) {

  static SessionView of(User user, String csrfToken, Instant expiresAt) {
    return new SessionView(
        user.id,
        user.email,
        user.name,
        user.role,
        new TreeSet<>(user.role.permissions()),
        user.role == Role.SALES,
        csrfToken,
        expiresAt);
  }
}
