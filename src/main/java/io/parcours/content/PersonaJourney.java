package io.parcours.content;

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

/** A persona's own journey definition; a persona without one follows the default journey. */
@Entity
public class PersonaJourney extends PanacheEntityBase {

  @Id public UUID personaId;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> stages;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, List<String>> requiredContent;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Integer> thresholds;

  public Instant updatedAt;
  @Version public long version;
}
