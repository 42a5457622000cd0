package io.parcours.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where events of some types are sent, and the secret that signs them. */
@Entity
public class WebhookSubscription extends PanacheEntityBase {

  @Id public UUID id;
  public String url;

  /** Sealed by {@link SecretBox}: every delivery is signed with it, so it cannot be hashed. */
  public String secret;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> eventTypes;

  /** Field name to allowed values, checked by {@link WebhookFilters}; empty lets all through. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, List<String>> filters;

  /** During a rotation, the replaced secret, sealed too; it signs until previousSecretUntil. */
  public String previousSecret;

  public Instant previousSecretUntil;

  public String description;
  public boolean active;
  public Instant disabledAt;
  public String disabledReason;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;
}
