package io.parcours.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.events.EventView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts one signed delivery; redirects are not followed, a slow receiver times out. */
@ApplicationScoped
class Sender {

  @Inject ObjectMapper json;
  @Inject AppClock clock;
  @Inject WebhookSettings settings;
  @Inject WebhookService service;

  private HttpClient http;

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            // One POST, no upgrade attempt on plain http that a receiver could see twice.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .build();
  }

  Deliveries.Outcome send(Deliveries.Claimed d) {
    long started = System.nanoTime();
    try {
      // Checked again at each send: a name may resolve elsewhere than when it was subscribed.
      URI target = TargetGuard.check(d.url(), service.allowedHosts());
      String id = "msg_" + d.id();
      long timestamp = clock.now().getEpochSecond();
      String body = body(d);
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("webhook-id", id)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header("webhook-signature", Signer.sign(d.secret(), id, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return new Deliveries.Outcome(response.statusCode(), null, millisSince(started));
    } catch (Problem refused) {
      return new Deliveries.Outcome(null, "target refused: " + refused.getMessage(), 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Deliveries.Outcome(null, "interrupted", millisSince(started));
    } catch (Exception e) {
      return new Deliveries.Outcome(
          null, e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(started));
    }
  }

  private String body(Deliveries.Claimed d) throws JsonProcessingException {
    EventView event =
        new EventView(
            Long.toString(d.eventId()),
            d.type(),
            d.leadId(),
            d.occurredAt(),
            d.actorType() == null
                ? null
                : new Actor(Actor.Type.valueOf(d.actorType()), d.actorId()),
            d.correlationId(),
            json.readTree(d.payload()),
            null);
    return json.writeValueAsString(event);
  }

  private static int millisSince(long started) {
    return (int) ((System.nanoTime() - started) / 1_000_000);
  }
}
