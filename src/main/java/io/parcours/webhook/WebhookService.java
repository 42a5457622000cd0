package io.parcours.webhook;

import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.events.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
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
    for (String type : r.eventTypes()) {
      if (!DomainEvents.TYPES.contains(type)) {
        throw Problem.invalid("eventTypes", "unknown event type '" + type + "'")
            .with("allowed", DomainEvents.TYPES.stream().sorted().toList());
      }
    }
    checked(r.url());
    WebhookSubscription s = new WebhookSubscription();
    s.id = UUID.randomUUID();
    s.url = r.url();
    String secret = r.secret() == null ? Signer.newSecret() : Signer.checkSecret(r.secret());
    s.secret = box.seal(s.id, secret);
    s.eventTypes = r.eventTypes().stream().sorted().toList();
    s.description = r.description();
    s.active = true;
    s.createdAt = clock.now();
    s.updatedAt = s.createdAt;
    s.persist();
    return new Created(s, secret);
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
