package io.parcours.lead;

import io.parcours.common.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of a lead's journey history; the database refuses to change it once written. */
@Entity
@Immutable
public class StageTransition extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public UUID leadId;

  @Enumerated(EnumType.STRING)
  public Stage fromStage;

  @Enumerated(EnumType.STRING)
  public Stage toStage;

  @Enumerated(EnumType.STRING)
  public TransitionKind kind;

  public Instant at;

  @Enumerated(EnumType.STRING)
  public Actor.Type actorType;

  public String actorId;

  @Enumerated(EnumType.STRING)
  public Cause.Type causeType;

  public String causeId;
  public String reason;
  public String correlationId;

  public static List<StageTransition> findByLead(UUID leadId, long afterId, int limit) {
    return find("leadId = ?1 and id > ?2 order by id", leadId, afterId).range(0, limit).list();
  }
}
