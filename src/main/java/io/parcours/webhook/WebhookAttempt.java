package io.parcours.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One try of a delivery and what the receiver answered (no status code: it did not answer). */
@Entity
public class WebhookAttempt extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public UUID deliveryId;
  public Instant at;
  public Integer statusCode;
  public String error;
  public int durationMs;
}
