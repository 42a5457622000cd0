package io.parcours.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

  @Id public UUID id;
  public String email;
  public String name;

  @Enumerated(EnumType.STRING)
  public Role role;

  public String passwordHash;
  public boolean active;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  public static Optional<User> findByEmail(String email) {
    return find("lower(email) = lower(?1)", email).firstResultOptional();
  }
}
