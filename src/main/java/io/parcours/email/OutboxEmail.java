package io.parcours.email;

import io.parcours.content.ContentType;
import io.parcours.discount.DiscountKind;
import io.parcours.lead.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One email a journey step planned for a lead: what it sends (template, content types, discount),
 * when it is due, and whether it was sent, failed or cancelled.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail extends PanacheEntityBase {

  @Id public UUID id;
  public UUID leadId;
  public UUID journeyId;
  public UUID enrolmentId;
  public Integer step;
  public Long transitionId;
  public UUID templateId;

  /** Content type names, in order of preference. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> contentTypes;

  /** The discount to issue as a fresh code, if any. */
  @Enumerated(EnumType.STRING)
  public DiscountKind discountKind;

  public BigDecimal discountValue;
  public String discountCurrency;

  /** The lead's stage, and when it entered it, when the email was planned. */
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

  List<ContentType> contentTypeList() {
    return contentTypes.stream().map(ContentType::valueOf).toList();
  }
}
