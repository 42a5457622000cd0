package io.parcours.security;

import java.time.Instant;
import java.util.UUID;

public record UserView(
    UUID id,
    String email,
    String name,
    Role role,
    boolean active,
    Instant createdAt,
    long version) {

  static UserView from(User u) {
    return new UserView(u.id, u.email, u.name, u.role, u.active, u.createdAt, u.version);
  }
}
