package io.parcours.persona;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A buyer persona: who the lead is, what he wants and how he likes to be reached. */
@Entity
public class Persona extends PanacheEntityBase {

  @Id public UUID id;
  public String name;
  public String description;
  public Integer ageMin;
  public Integer ageMax;
  public String profession;
  public String incomeBand;
  public String education;

  @Column(name = "values_held")
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> values;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> goals;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> painPoints;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> preferredChannels;

  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  public static Optional<Persona> findByName(String name) {
    return find("lower(name) = lower(?1)", name).firstResultOptional();
  }
}
