package io.parcours.touchpoint;

import io.parcours.lead.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One interaction with a lead. Written once by {@link TouchpointStore}, never changed. */
@Entity
@Immutable
public class Touchpoint extends PanacheEntityBase {

  @Id public UUID id;
  public UUID leadId;
  public Instant occurredAt;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  public TouchpointType type;

  @Enumerated(EnumType.STRING)
  public Sentiment sentiment;

  public UUID contentId;
  public String note;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> properties;

  public String source;
  public String externalId;

  /** The lead's stage when the touchpoint happened. */
  @Enumerated(EnumType.STRING)
  public Stage leadStage;

  public Instant recordedAt;
  public String correlationId;

  public static Touchpoint findByExternalId(UUID leadId, String source, String externalId) {
    return find("leadId = ?1 and source = ?2 and externalId = ?3", leadId, source, externalId)
        .firstResult();
  }

  /**
   * How many touchpoints of this type the lead has had until this time, included: which purchase a
   * purchase is, whatever order the pushes came in.
   */
  public static long countOfTypeUntil(UUID leadId, TouchpointType type, Instant until) {
    return count("leadId = ?1 and type = ?2 and occurredAt <= ?3", leadId, type, until);
  }
}
