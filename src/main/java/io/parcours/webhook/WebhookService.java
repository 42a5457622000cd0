package io.parcours.webhook;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.events.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class WebhookService {

  @Inject AppClock clock;
  @Inject WebhookSettings settings;
  @Inject Network network;
  @Inject SecretBox box;

  public record Created(WebhookSubscription subscription, String secret) {}

  @Transactional
  public Created create(WebhookRequest r) {
    List<String> types = eventTypes(r.eventTypes());
    Map<String, List<String>> filters = WebhookFilters.checked(r.filters());
    checked(r.url());
    WebhookSubscription s = new WebhookSubscription();
    s.id = UUID.randomUUID();
    s.url = r.url();
    String secret = r.secret() == null ? Signer.newSecret() : Signer.checkSecret(r.secret());
    s.secret = box.seal(s.id, secret);
    s.eventTypes = types;
    s.filters = filters;
    s.description = r.description();
    s.active = true;
    s.createdAt = clock.now();
    s.updatedAt = s.createdAt;
    s.persist();
    return new Created(s, secret);
  }

  /** Applies the fields a PATCH gives, if the subscription is still at the If-Match version. */
  @Transactional
  public WebhookSubscription update(UUID id, String ifMatch, WebhookPatch p) {
    WebhookSubscription s = get(id);
    ETags.require(ifMatch, s.version);
    if (p.eventTypes() != null) {
      s.eventTypes = eventTypes(p.eventTypes());
    }
    if (p.filters() != null) {
      s.filters = WebhookFilters.checked(p.filters());
    }
    if (p.url() != null) {
      checked(p.url());
      s.url = p.url();
    }
    if (p.description() != null) {
      s.description = p.description();
    }
    Instant now = clock.now();
    if (Boolean.TRUE.equals(p.active()) && !s.active) {
      checked(s.url);
      s.active = true;
      s.disabledAt = null;
      s.disabledReason = null;
    } else if (Boolean.FALSE.equals(p.active()) && s.active) {
      s.active = false;
      s.disabledAt = now;
      s.disabledReason = "Turned off";
    }
    s.updatedAt = now;
    // The answer's ETag is the new version, which the flush sets.
    WebhookSubscription.flush();
    return s;
  }

  /**
   * Replaces the secret; the replaced one keeps signing beside it for the overlap, so receivers can
   * switch without refusing a delivery. Rotating to the current secret changes nothing.
   */
  @Transactional
  public Created rotate(UUID id, SecretRotation r) {
    WebhookSubscription s = get(id);
    String wanted = r == null || r.secret() == null ? null : Signer.checkSecret(r.secret());
    String current = box.open(s.id, s.secret);
    if (current.equals(wanted)) {
      return new Created(s, current);
    }
    Duration overlap =
        r == null || r.overlapMinutes() == null
            ? settings.secretOverlap()
            : Duration.ofMinutes(r.overlapMinutes());
    String secret = wanted == null ? Signer.newSecret() : wanted;
    Instant now = clock.now();
    boolean overlapping = !overlap.isZero() && !overlap.isNegative();
    s.previousSecret = overlapping ? s.secret : null;
    s.previousSecretUntil = overlapping ? now.plus(overlap) : null;
    s.secret = box.seal(s.id, secret);
    s.updatedAt = now;
    WebhookSubscription.flush();
    return new Created(s, secret);
  }

  /** Ends a rotation's overlap now: only the new secret signs from the next delivery on. */
  @Transactional
  public WebhookSubscription endOverlap(UUID id) {
    WebhookSubscription s = get(id);
    s.previousSecret = null;
    s.previousSecretUntil = null;
    s.updatedAt = clock.now();
    WebhookSubscription.flush();
    return s;
  }

  private static List<String> eventTypes(Set<String> types) {
    for (String type : types) {
      if (!DomainEvents.TYPES.contains(type)) {
        throw Problem.invalid("eventTypes", "unknown event type '" + type + "'")
            .with("allowed", DomainEvents.TYPES.stream().sorted().toList());
      }
    }
    return types.stream().sorted().toList();
  }

  public WebhookSubscription get(UUID id) {
    return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
        .orElseThrow(() -> Problem.notFound("Webhook", id));
  }

  @Transactional
  public void delete(UUID id) {
    get(id).delete();
  }

  /** Turns a subscription back on, for instance after its receiver answered 410. */
  @Transactional
  public WebhookSubscription enable(UUID id) {
    WebhookSubscription s = get(id);
    checked(s.url);
    s.active = true;
    s.disabledAt = null;
    s.disabledReason = null;
    s.updatedAt = clock.now();
    WebhookSubscription.flush();
    return s;
  }

  /** Where to send for this URL, looked up and checked now; refused when it may not be used. */
  TargetGuard.Target target(String url) {
    return new TargetGuard(allowedHosts(), network).check(url);
  }

  private void checked(String url) {
    try {
      target(url);
    } catch (TargetGuard.Refused e) {
      throw Problem.invalid("url", e.getMessage());
    }
  }

  List<String> allowedHosts() {
    return settings.allowedHosts().orElse(List.of()).stream()
        .map(h -> h.strip().toLowerCase(Locale.ROOT))
        .toList();
  }
}
