package io.parcours.journeys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A lead in a journey: its state, the next step and when it is due. */
@Entity
@Table(name = "journey_enrolment")
public class Enrolment extends PanacheEntityBase {

  @Id public UUID id;
  public UUID journeyId;
  public UUID leadId;

  @Enumerated(EnumType.STRING)
  public EnrolmentState state;

  public int step;
  public Instant dueAt;
  public String exitReason;
  public String note;
  public int cycle;
  public Instant enteredAt;
  public Long entryTransitionId;
  public UUID entryTouchpointId;
  public LocalDate entryDate;
  public Instant updatedAt;

  boolean running() {
    return state == EnrolmentState.ACTIVE || state == EnrolmentState.WAITING;
  }

  static List<Enrolment> ofLead(UUID leadId) {
    return list("leadId = ?1 order by enteredAt desc, id", leadId);
  }
}
