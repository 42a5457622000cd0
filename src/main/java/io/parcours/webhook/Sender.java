package io.parcours.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.events.EventView;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Posts one signed delivery to the address the guard checked, never to a second answer of the DNS:
 * the connection goes to that address while the Host header and TLS (SNI, certificate) use the
 * name. Redirects are not followed, a slow receiver times out.
 */
@ApplicationScoped
class Sender {

  @Inject ObjectMapper json;
  @Inject AppClock clock;
  @Inject WebhookSettings settings;
  @Inject WebhookService service;
  @Inject SecretBox box;
  @Inject Vertx vertx;

  private HttpClient http;

  @PostConstruct
  void init() {
    int timeout = (int) settings.timeout().toMillis();
    http =
        vertx.createHttpClient(
            new HttpClientOptions()
                // One POST, no upgrade attempt on plain http that a receiver could see twice.
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(false)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setVerifyHost(true)
                .setForceSni(true));
  }

  @PreDestroy
  void close() {
    http.close();
  }

  Deliveries.Outcome send(Deliveries.Claimed d) {
    TargetGuard.Target target;
    try {
      // Looked up and checked again at each send: a name may resolve elsewhere than it did.
      target = service.target(d.url());
    } catch (TargetGuard.Refused refused) {
      // Nothing was connected to, so nothing about the target is told but the refusal.
      return new Deliveries.Outcome(null, "target refused: " + refused.getMessage(), 0);
    }
    String secret;
    String previous;
    try {
      secret = box.open(d.subscriptionId(), d.secret());
      previous =
          d.previousSecret() == null ? null : box.open(d.subscriptionId(), d.previousSecret());
    } catch (IllegalStateException e) {
      return new Deliveries.Outcome(null, e.getMessage(), 0);
    }
    long started = System.nanoTime();
    try {
      String id = "msg_" + d.id();
      long timestamp = clock.now().getEpochSecond();
      String body = body(d);
      // During a rotation both secrets sign, space-separated as Standard Webhooks allows: a
      // receiver still on the replaced secret and one already on the new one both accept.
      String signature = Signer.sign(secret, id, timestamp, body);
      if (previous != null) {
        signature += " " + Signer.sign(previous, id, timestamp, body);
      }
      RequestOptions request =
          new RequestOptions()
              .setMethod(HttpMethod.POST)
              // Connect to the checked address; the name goes in the Host header, SNI and the
              // certificate check.
              .setServer(
                  SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
              .setHost(target.host())
              .setPort(target.port())
              .setSsl(target.https())
              .setURI(target.requestUri())
              .setFollowRedirects(false)
              .setTimeout(settings.timeout().toMillis())
              .putHeader("Content-Type", "application/json")
              .putHeader("webhook-id", id)
              .putHeader("webhook-timestamp", Long.toString(timestamp))
              .putHeader("webhook-signature", signature);
      int status =
          http.request(request)
              .compose(r -> r.send(body))
              .map(HttpClientResponse::statusCode)
              .toCompletionStage()
              .toCompletableFuture()
              .get(settings.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
      return new Deliveries.Outcome(status, null, millisSince(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Deliveries.Outcome(null, "interrupted", millisSince(started));
    } catch (Exception e) {
      return new Deliveries.Outcome(null, failure(e), millisSince(started));
    }
  }

  /** A short reason, in our words rather than the network's or the receiver's. */
  private static String failure(Exception e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
      return "no answer within the timeout";
    }
    if (cause instanceof ConnectException) {
      return "could not connect";
    }
    if (cause instanceof SSLException) {
      return "TLS handshake failed";
    }
    return "the request failed";
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
