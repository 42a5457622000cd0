package io.parcours.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A key another system calls the API with; only its prefix is readable, its secret is hashed. */
@Entity
public class ApiKey extends PanacheEntityBase {

  @Id public UUID id;
  public String prefix;
  public String secretHash;
  public String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> scopes;

  /** Overrides the default rate limit when set. */
  public Integer requestsPerMinute;

  public UUID createdBy;
  public Instant createdAt;
  public Instant lastUsedAt;
  public Instant revokedAt;
}
