package io.parcours.webhook;

import io.parcours.common.AppClock;
import io.parcours.common.Backoff;
import io.parcours.common.Jdbc;
import io.parcours.events.EventFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The delivery outbox: claiming due rows, recording what receivers answered. */
@ApplicationScoped
class Deliveries {

  /**
   * Due deliveries of active subscriptions, in feed order, skipping rows another dispatcher holds.
   * A delivery waits while an earlier one for the same lead and subscription is unfinished, so a
   * receiver sees each lead's events in order.
   */
  private static final String CLAIM =
      """
      with due as (
        select d.id from webhook_delivery d
        join domain_event e on e.id = d.event_id
        join webhook_subscription s on s.id = d.subscription_id and s.active
        where ((d.status = 'PENDING' and d.next_attempt_at <= ?)
               or (d.status = 'SENDING' and d.locked_until < ?))
          and e.%s
          and not exists (
            select 1 from webhook_delivery p join domain_event pe on pe.id = p.event_id
            where p.subscription_id = d.subscription_id and p.lead_id = d.lead_id
              and p.status in ('PENDING', 'SENDING') and (pe.txid, pe.id) < (e.txid, e.id))
        order by e.txid, e.id
        limit ?
        for update of d skip locked)
      update webhook_delivery w set status = 'SENDING', locked_until = ?, attempts = w.attempts + 1
      from due, domain_event e, webhook_subscription s
      where w.id = due.id and e.id = w.event_id and s.id = w.subscription_id
      returning w.id, w.attempts, s.id, s.url, s.secret, e.id, e.type, e.lead_id, e.occurred_at,
        e.actor_type, e.actor_id, e.correlation_id, e.payload::text,
        case when s.previous_secret_until > ? then s.previous_secret end
      """
          .formatted(EventFeed.SETTLED);

  @Inject EntityManager em;
  @Inject AppClock clock;
  @Inject WebhookSettings settings;

  /**
   * A claimed delivery: where it goes, how it is signed (the secret, and during a rotation's
   * overlap the replaced one), and the event it carries.
   */
  record Claimed(
      UUID id,
      int attempt,
      UUID subscriptionId,
      String url,
      String secret,
      long eventId,
      String type,
      UUID leadId,
      Instant occurredAt,
      String actorType,
      String actorId,
      String correlationId,
      String payload,
      String previousSecret) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  List<Claimed> claim() {
    Instant now = clock.now();
    Duration lease = settings.timeout().multipliedBy(3);
    return Jdbc.query(
        em,
        CLAIM,
        List.of(now, now, settings.batchSize(), now.plus(lease), now),
        r ->
            new Claimed(
                r.getObject(1, UUID.class),
                r.getInt(2),
                r.getObject(3, UUID.class),
                r.getString(4),
                r.getString(5),
                r.getLong(6),
                r.getString(7),
                r.getObject(8, UUID.class),
                Jdbc.instant(r, 9),
                r.getString(10),
                r.getString(11),
                r.getString(12),
                r.getString(13),
                r.getString(14)));
  }

  /** What the receiver answered: a status code, or an error when it did not answer at all. */
  record Outcome(Integer statusCode, String error, int durationMs) {

    boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
      return statusCode != null && statusCode == 410;
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void finish(Claimed d, Outcome o) {
    Instant now = clock.now();
    String status;
    Instant next = now;
    if (o.delivered()) {
      status = "DELIVERED";
    } else if (o.gone() || d.attempt() >= settings.maxAttempts()) {
      status = "FAILED";
    } else {
      status = "PENDING";
      next = now.plus(Backoff.after(d.attempt(), settings.backoff(), settings.backoffMax()));
    }
    Jdbc.execute(
        em,
        "insert into webhook_attempt (delivery_id, at, status_code, error, duration_ms)"
            + " values (?, ?, ?, ?, ?)",
        d.id(),
        now,
        o.statusCode(),
        o.error(),
        o.durationMs());
    Jdbc.execute(
        em,
        "update webhook_delivery set status = ?, next_attempt_at = ?, locked_until = null,"
            + " last_status_code = ?, last_error = ?, delivered_at = ? where id = ?",
        status,
        next,
        o.statusCode(),
        o.error(),
        o.delivered() ? now : null,
        d.id());
    if (o.gone()) {
      WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId());
      s.active = false;
      s.disabledAt = now;
      s.disabledReason = "The receiver answered 410 Gone";
      s.updatedAt = now;
    }
  }
}
