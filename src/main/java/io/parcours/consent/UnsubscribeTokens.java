package io.parcours.consent;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Unsubscribe links: the lead id and its HMAC-SHA256, so that a link works without login for its
 * lead only, and cannot be made up for another.
 */
@Startup
@ApplicationScoped
public class UnsubscribeTokens {

  static final int MIN_SECRET_LENGTH = 32;

  @ConfigProperty(name = "parcours.consent.unsubscribe-secret")
  String secret;

  @ConfigProperty(name = "parcours.public-url")
  String publicUrl;

  /** Refuses to start with a secret anyone could guess. */
  @PostConstruct
  void check() {
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          "parcours.consent.unsubscribe-secret (UNSUBSCRIBE_SECRET) must be at least "
              + MIN_SECRET_LENGTH
              + " characters");
    }
  }

  public String token(UUID leadId) {
    return leadId + "." + sign(leadId);
  }

  /** The public link for one lead, for the List-Unsubscribe header and the email footer. */
  public String url(UUID leadId) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/unsubscribe/" + token(leadId);
  }

  /** The lead a token was made for, if its signature holds. */
  public Optional<UUID> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    UUID leadId;
    try {
      leadId = UUID.fromString(token.substring(0, dot));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = sign(leadId).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected) ? Optional.of(leadId) : Optional.empty();
  }

  private String sign(UUID leadId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(("unsubscribe:" + leadId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
