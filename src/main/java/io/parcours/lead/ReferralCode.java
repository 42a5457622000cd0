package io.parcours.lead;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An advocate's personal referral code: a lead created with it was referred by the advocate. */
@Entity
@Table(name = "referral_code")
public class ReferralCode extends PanacheEntityBase {

  @Id public String code;
  public UUID leadId;
  public Instant createdAt;

  public static Optional<ReferralCode> ofLead(UUID leadId) {
    return find("leadId", leadId).firstResultOptional();
  }
}
