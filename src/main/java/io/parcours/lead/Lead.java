package io.parcours.lead;

import io.parcours.persona.Persona;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

@Entity
public class Lead extends PanacheEntityBase {

  @Id public UUID id;
  public String email;
  public String firstName;
  public String lastName;
  public String company;
  public String phone;
  public String locale;

  /** IANA time zone; null means the configured default. */
  public String timeZone;

  @ManyToOne(fetch = FetchType.LAZY)
  public Persona persona;

  public UUID ownerId;
  @Embedded public LeadSource source;

  @Enumerated(EnumType.STRING)
  public Stage stage;

  public Instant stageEnteredAt;

  /** Moved by every touchpoint: not a change that should make a salesperson's edit stale. */
  @OptimisticLock(excluded = true)
  public int score;

  /** Purchase cycles so far: each entry into CUSTOMER starts one (a repeat purchase, the next). */
  public int cycle;

  /** The advocate whose referral code brought this lead, if one did. */
  public UUID referredBy;

  public BigDecimal dealValue;
  @Embedded public EmailConsent consent;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> tags;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> attributes;

  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  public static Optional<Lead> findByEmail(String email) {
    return find("lower(email) = lower(?1)", email).firstResultOptional();
  }

  /** The lead, locked until the transaction ends: stage changes on one lead run one at a time. */
  public static Optional<Lead> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }
}
