package io.parcours.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A browser session; only the hash of its token is stored. */
@Entity
public class UserSession extends PanacheEntityBase {

  @Id public String tokenHash;
  public UUID userId;
  public String csrfToken;
  public Instant createdAt;
  public Instant expiresAt;
}
