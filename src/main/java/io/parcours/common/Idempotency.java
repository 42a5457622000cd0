package io.parcours.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Replays the first response of a POST retried with the same Idempotency-Key. The key row is
 * written in the transaction of the creation itself, so a concurrent retry waits for it and a
 * failed attempt leaves no key behind. A key belongs to its caller (user or API key): another
 * caller's identical key is a different key. Callers check access to what the path names before
 * calling, so a replay never shows what the caller may no longer see.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  private static final List<String> REPLAYED_HEADERS = List.of("Location", "ETag");

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject AppClock clock;
  @Inject RequestContext context;

  @Transactional
  public Response execute(String key, String operation, Object request, Supplier<Response> action) {
    return execute(key, operation, request, action, UnaryOperator.identity());
  }

  /**
   * As above, for an answer that holds a secret shown once: only {@code kept} of its body (the
   * resource without the secret) is stored and replayed, so the table never holds the secret. The
   * request given must not hold one either: only its hash is kept, and a hash of a password or of a
   * short secret can be guessed back.
   */
  @Transactional
  public Response execute(
      String key,
      String operation,
      Object request,
      Supplier<Response> action,
      UnaryOperator<Object> kept) {
    if (key == null) {
      return action.get();
    }
    if (key.isBlank() || key.length() > 255) {
      throw Problem.badRequest("Idempotency-Key must be 1 to 255 characters")
          .with("header", HEADER);
    }
    Actor caller = context.actor();
    String scope = caller.type() + ":" + caller.id() + " " + operation;
    String hash = sha256(write(request));
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (scope, key, request_hash, created_at) values (?1, ?2, ?3, ?4)"
                    + " on conflict do nothing")
            .setParameter(1, scope)
            .setParameter(2, key)
            .setParameter(3, hash)
            .setParameter(4, clock.now())
            .executeUpdate();
    if (inserted == 0) {
      return replay(key, scope, hash);
    }
    Response response = action.get();
    em.createNativeQuery(
            "update idempotency_key set status = ?1, body = ?2, location = ?3, etag = ?4"
                + " where scope = ?5 and key = ?6")
        .setParameter(1, response.getStatus())
        .setParameter(2, write(kept.apply(response.getEntity())))
        .setParameter(3, response.getHeaderString("Location"))
        .setParameter(4, response.getHeaderString("ETag"))
        .setParameter(5, scope)
        .setParameter(6, key)
        .executeUpdate();
    return response;
  }

  private Response replay(String key, String scope, String hash) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select request_hash, status, body, location, etag from idempotency_key"
                        + " where scope = ?1 and key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getSingleResult();
    if (!hash.equals(row[0])) {
      throw Problem.unprocessable(
              "This Idempotency-Key was already used with a different request body")
          .with("header", HEADER);
    }
    Response.ResponseBuilder replay =
        Response.status((Integer) row[1]).entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
    for (int i = 0; i < REPLAYED_HEADERS.size(); i++) {
      if (row[3 + i] != null) {
        replay.header(REPLAYED_HEADERS.get(i), row[3 + i]);
      }
    }
    return replay.header("Idempotent-Replayed", "true").build();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
