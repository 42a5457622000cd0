package io.parcours.journeys;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.TouchpointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A follow-up journey: leads enter when they reach a stage or when a touchpoint of a type is
 * recorded, then go through its steps in order until the last one or an exit criterion.
 */
@Entity
public class Journey extends PanacheEntityBase {

  @Id public UUID id;
  public String name;

  @Enumerated(EnumType.STRING)
  public Stage entryStage;

  @Enumerated(EnumType.STRING)
  public TouchpointType entryTouchpoint;

  /** Entry: a customer without a touchpoint for this long (ISO-8601, as Java spells it). */
  public String entrySilence;

  /** Entry: a date attribute of the lead is this many days away, at a local time. */
  @JdbcTypeCode(SqlTypes.JSON)
  public DateEntry entryDate;

  public UUID personaId;

  @Enumerated(EnumType.STRING)
  public Reentry reentry;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<JourneyStep> steps;

  /** A touchpoint of one of these types ends the journey for the lead (a goal, a complaint). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> exitTouchpoints;

  /** Reaching one of these stages ends the journey; leaving the entry stage alone never does. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> exitStages;

  /** An email of the journey that fails for good (a bounce) ends it. */
  public boolean exitOnBounce;

  public boolean active;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  static List<Journey> enteredAt(Stage stage) {
    return list("active = true and entryStage = ?1", stage);
  }

  static List<Journey> enteredOnSilence() {
    return list("active = true and entrySilence is not null");
  }

  static List<Journey> enteredBy(TouchpointType type) {
    return list("active = true and entryTouchpoint = ?1", type);
  }
}
