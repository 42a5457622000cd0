package io.parcours.email.rule;

import io.parcours.content.ContentType;
import io.parcours.discount.DiscountKind;
import io.parcours.discount.DiscountRequest;
import io.parcours.lead.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Sends a template some time after a lead enters a stage, optionally only for one persona, with the
 * lead's next best content of the listed types and, for DISCOUNT, a fresh discount code.
 */
@Entity
public class EmailRule extends PanacheEntityBase {

  @Id public UUID id;
  public String name;

  @Enumerated(EnumType.STRING)
  public Stage stage;

  public UUID personaId;
  public long delaySeconds;
  public UUID templateId;

  /** Content type names, in order of preference; DISCOUNT stands for a discount code. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> contentTypes;

  @Enumerated(EnumType.STRING)
  public DiscountKind discountKind;

  public BigDecimal discountValue;
  public String discountCurrency;

  /** Marketing needs granted consent and counts towards the weekly cap. */
  public boolean marketing;

  /** Cancel what is still due when the lead leaves the stage. */
  public boolean stopOnStageExit;

  public boolean active;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  public Duration delay() {
    return Duration.ofSeconds(delaySeconds);
  }

  public List<ContentType> contentTypeList() {
    return contentTypes.stream().map(ContentType::valueOf).toList();
  }

  public boolean includesDiscount() {
    return contentTypes.contains(ContentType.DISCOUNT.name());
  }

  /** The discount this rule hands out: the one it names, else 10 percent. */
  public DiscountRequest discount() {
    return discountKind == null
        ? new DiscountRequest(DiscountKind.PERCENT, BigDecimal.TEN, null, null)
        : new DiscountRequest(discountKind, discountValue, discountCurrency, null);
  }

  public static List<EmailRule> findTriggeredBy(Stage stage) {
    return list("active = true and stage = ?1", stage);
  }
}
