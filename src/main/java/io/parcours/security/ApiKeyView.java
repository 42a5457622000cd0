package io.parcours.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key as listed; {@code key} holds the secret in the creation answer only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyView(
    UUID id,
    String name,
    String prefix,
    List<String> scopes,
    Integer requestsPerMinute,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String key) {

  ApiKeyView withoutSecret() {
    return new ApiKeyView(
        id, name, prefix, scopes, requestsPerMinute, createdAt, lastUsedAt, revokedAt, null);
  }

  static ApiKeyView from(ApiKey k, String secret) {
    return new ApiKeyView(
        k.id,
        k.name,
        k.prefix,
        k.scopes,
        k.requestsPerMinute,
        k.createdAt,
        k.lastUsedAt,
        k.revokedAt,
        secret);
  }
}
