package io.parcours.content;

import io.parcours.common.Actor;
import io.parcours.lead.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An item given to a lead in one pass through a stage, and what followed. */
@Entity
public class ContentAssignment extends PanacheEntityBase {

  @Id public UUID id;
  public UUID leadId;
  public UUID contentId;

  @Enumerated(EnumType.STRING)
  public Stage stage;

  /** When the lead entered the stage: identifies the pass, so an item is given once per pass. */
  public Instant stageEnteredAt;

  public Instant assignedAt;

  @Enumerated(EnumType.STRING)
  public Actor.Type actorType;

  public String actorId;
  public boolean automatic;
  public Instant sentAt;
  public Instant viewedAt;
  public Instant clickedAt;
  public Instant convertedAt;

  public static Optional<ContentAssignment> findInPass(
      UUID leadId, UUID contentId, Instant stageEnteredAt) {
    return find(
            "leadId = ?1 and contentId = ?2 and stageEnteredAt = ?3",
            leadId,
            contentId,
            stageEnteredAt)
        .firstResultOptional();
  }

  /** The lead's latest assignment of an item, which a view or click is about. */
  public static Optional<ContentAssignment> findLatest(UUID leadId, UUID contentId) {
    return find("leadId = ?1 and contentId = ?2 order by assignedAt desc", leadId, contentId)
        .firstResultOptional();
  }

  public static List<UUID> contentIdsOf(UUID leadId) {
    return getEntityManager()
        .createQuery(
            "select distinct a.contentId from ContentAssignment a where a.leadId = ?1", UUID.class)
        .setParameter(1, leadId)
        .getResultList();
  }
}
