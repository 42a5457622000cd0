package io.parcours.discount;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-use discount issued to one lead; the code is stored normalised, without dashes. It is
 * kept readable, unlike API keys: an email renders it when it is sent (again at each retry, by any
 * instance) and the salesperson reads it on the lead to give it to the customer. It is 75 random
 * bits, single-use, expiring, and shown only to those who may see its lead.
 */
@Entity
public class DiscountCode extends PanacheEntityBase {

  @Id public UUID id;
  public String code;
  public UUID leadId;

  @Enumerated(EnumType.STRING)
  public DiscountKind kind;

  public BigDecimal amount;
  public String currency;
  public Instant expiresAt;
  public Instant createdAt;
  public Instant redeemedAt;

  public static Optional<DiscountCode> findByCode(String normalised) {
    return find("code", normalised).firstResultOptional();
  }
}
