package io.parcours.security;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keys look like {@code pk_<prefix>_<secret>}; the prefix finds the row, the hash checks it. */
@ApplicationScoped
public class ApiKeys {

  static final String ID_ATTRIBUTE = "parcours.api-key";
  static final String LIMIT_ATTRIBUTE = "parcours.api-key-limit";
  private static final Pattern FORMAT = Pattern.compile("pk_([A-Za-z0-9]{8})_[A-Za-z0-9]{32}");

  @Inject AppClock clock;
  @Inject RequestContext request;

  static Optional<String> parsePrefix(String presented) {
    Matcher m = FORMAT.matcher(presented);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Creates a key and returns its secret: the only time anyone sees it. */
  @Transactional
  public Created create(ApiKeyRequest r) {
    List<String> unknown = r.scopes().stream().filter(s -> !Permission.SCOPES.contains(s)).toList();
    if (!unknown.isEmpty()) {
      throw Problem.invalid("scopes", "unknown scopes " + unknown)
          .with("allowed", new TreeSet<>(Permission.SCOPES));
    }
    ApiKey key = new ApiKey();
    key.id = UUID.randomUUID();
    key.prefix = Tokens.random(8);
    String secret = "pk_" + key.prefix + "_" + Tokens.random(32);
    key.secretHash = Tokens.sha256(secret);
    key.name = r.name().strip();
    key.scopes = List.copyOf(new TreeSet<>(r.scopes()));
    Actor actor = request.actor();
    key.createdBy = actor.type() == Actor.Type.USER ? UUID.fromString(actor.id()) : null;
    key.requestsPerMinute = r.requestsPerMinute();
    key.createdAt = clock.now();
    key.persist();
    return new Created(key, secret);
  }

  public record Created(ApiKey key, String secret) {}

  @Transactional
  public ApiKey revoke(UUID id) {
    ApiKey key =
        ApiKey.<ApiKey>findByIdOptional(id).orElseThrow(() -> Problem.notFound("API key", id));
    if (key.revokedAt == null) {
      key.revokedAt = clock.now();
    }
    return key;
  }
}
