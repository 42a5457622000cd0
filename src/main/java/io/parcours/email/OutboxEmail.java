package io.parcours.email;

import io.parcours.lead.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email a rule planned for one stage transition: due, sent, failed or cancelled. */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail extends PanacheEntityBase {

  @Id public UUID id;
  public UUID leadId;
  public UUID ruleId;
  public Long transitionId;

  /** The stage entered, and when: the pass through the stage the email belongs to. */
  @Enumerated(EnumType.STRING)
  public Stage stage;

  public Instant stageEnteredAt;
  public boolean marketing;

  @Enumerated(EnumType.STRING)
  public OutboxStatus status;

  public Instant dueAt;
  public int attempts;
  public Instant claimedAt;
  public Instant handedOverAt;
  public Instant sentAt;
  public String lastError;

  /** Why the email was cancelled or postponed. */
  public String reason;

  public String messageId;
  public String toAddress;
  public String subject;
  public String locale;
  public UUID contentId;
  public UUID assignmentId;
  public UUID discountCodeId;
  public Instant createdAt;
  public Instant updatedAt;
}
