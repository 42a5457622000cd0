package io.parcours.discount;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The one redemption of a code. */
@Entity
public class DiscountRedemption extends PanacheEntityBase {

  @Id public UUID id;
  public UUID codeId;
  public UUID leadId;
  public Instant at;
  public String orderReference;
  public String correlationId;
}
