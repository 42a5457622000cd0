package io.parcours.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A row of the delivery outbox, as the log shows it; the dispatcher works on it with SQL. */
@Entity
public class WebhookDelivery extends PanacheEntityBase {

  @Id public UUID id;
  public UUID subscriptionId;
  public long eventId;
  public String eventType;
  public UUID leadId;
  public String status;
  public int attempts;
  public Instant nextAttemptAt;
  public Instant lockedUntil;
  public Integer lastStatusCode;
  public String lastError;
  public Instant createdAt;
  public Instant deliveredAt;
}
