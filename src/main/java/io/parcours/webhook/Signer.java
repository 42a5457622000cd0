package io.parcours.webhook;

import io.parcours.common.Problem;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} then the base64 HMAC-SHA256 of {@code
 * id.timestamp.body}, keyed with the bytes of a {@code whsec_}-prefixed base64 secret.
 */
final class Signer {

  static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Signer() {}

  static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** A secret a subscriber brought; a 400 unless it is whsec_ and base64 of 24 to 64 bytes. */
  static String checkSecret(String secret) {
    try {
      int length = key(secret).length;
      if (length >= 24 && length <= 64) {
        return secret;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw Problem.invalid("secret", "must be whsec_ followed by base64 of 24 to 64 random bytes");
  }

  static String sign(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      byte[] signed =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static byte[] key(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a whsec_ secret");
    }
    return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
  }
}
