package io.parcours.webhook;

import io.parcours.common.AppClock;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The deliveries of a subscription, newest first, each with its tries; redelivery on demand. */
@ApplicationScoped
class DeliveryLog {

  private static final Map<String, Keyset.Field<WebhookDelivery>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, d -> d.createdAt));

  @Inject AppClock clock;

  Page<DeliveryView> list(UUID subscriptionId, String status, String cursor, int limit) {
    Keyset<WebhookDelivery> keyset = Keyset.of("-createdAt", SORTS, d -> d.id);
    List<String> where = new ArrayList<>(List.of("subscriptionId = :subscription"));
    Map<String, Object> params = new HashMap<>(Map.of("subscription", subscriptionId));
    if (status != null) {
      where.add("status = :status");
      params.put("status", status);
    }
    keyset.after(cursor, where, params);
    List<WebhookDelivery> rows =
        WebhookDelivery.<WebhookDelivery>find(
                "from WebhookDelivery where " + String.join(" and ", where) + keyset.orderBy(),
                params)
            .range(0, limit)
            .list();
    Map<UUID, List<DeliveryView.Attempt>> log = attempts(rows);
    return Page.of(rows, limit, keyset::cursorOf, d -> view(d, log.get(d.id)));
  }

  /** Sends the delivery again from now, with a fresh count of tries; its log is kept. */
  @Transactional
  DeliveryView redeliver(UUID subscriptionId, UUID deliveryId) {
    WebhookDelivery d =
        WebhookDelivery.<WebhookDelivery>find(
                "id = ?1 and subscriptionId = ?2", deliveryId, subscriptionId)
            .firstResultOptional()
            .orElseThrow(() -> Problem.notFound("Delivery", deliveryId));
    if ("SENDING".equals(d.status)) {
      throw Problem.conflict("The delivery is being sent right now");
    }
    d.status = "PENDING";
    d.attempts = 0;
    d.nextAttemptAt = clock.now();
    d.deliveredAt = null;
    return view(d, attempts(List.of(d)).get(d.id));
  }

  private static Map<UUID, List<DeliveryView.Attempt>> attempts(List<WebhookDelivery> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = rows.stream().map(d -> d.id).toList();
    return WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by id", ids).stream()
        .collect(
            Collectors.groupingBy(
                a -> a.deliveryId,
                Collectors.mapping(
                    a -> new DeliveryView.Attempt(a.at, a.statusCode, a.error, a.durationMs),
                    Collectors.toList())));
  }

  private static DeliveryView view(WebhookDelivery d, List<DeliveryView.Attempt> log) {
    return new DeliveryView(
        d.id,
        Long.toString(d.eventId),
        d.eventType,
        d.leadId,
        d.status,
        d.attempts,
        d.nextAttemptAt,
        d.lastStatusCode,
        d.lastError,
        d.createdAt,
        d.deliveredAt,
        log == null ? List.of() : log);
  }
}
