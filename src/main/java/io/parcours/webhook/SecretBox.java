package io.parcours.webhook;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook secrets at rest: every delivery is signed with one, so it must stay readable, but a copy
 * of the database (a backup, a replica, a read through some injection) must not let anyone sign as
 * this service. Sealed with AES-256-GCM under WEBHOOK_SECRET_KEY, bound to the subscription's id.
 */
@ApplicationScoped
class SecretBox {

  static final String PREFIX = "sealed1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject WebhookSettings settings;
  @Inject EntityManager em;

  SecretKeySpec key;

  @PostConstruct
  void init() {
    key = key(settings.secretKey());
  }

  /** The AES key for a configured string of at least 32 characters (its SHA-256). */
  static SecretKeySpec key(String configured) {
    if (configured == null || configured.length() < 32) {
      throw new IllegalStateException(
          "parcours.webhooks.secret-key (WEBHOOK_SECRET_KEY) must be at least 32 characters");
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(configured.getBytes(StandardCharsets.UTF_8));
      return new SecretKeySpec(hash, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String seal(UUID subscription, String secret) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, subscription, plain, 0);
    byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
    System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
    return PREFIX + Base64.getEncoder().encodeToString(out);
  }

  /** The secret; one stored before sealing existed is returned as it is. */
  String open(UUID subscription, String stored) {
    if (!stored.startsWith(PREFIX)) {
      return stored;
    }
    byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    byte[] iv = Arrays.copyOf(raw, IV_BYTES);
    return new String(
        crypt(Cipher.DECRYPT_MODE, iv, subscription, raw, IV_BYTES), StandardCharsets.UTF_8);
  }

  /**
   * Seals the secrets earlier versions stored in clear. Each row is updated only if still as read,
   * so instances starting together do not trip over each other.
   */
  @Transactional
  void sealClearSecrets() {
    List<Object[]> clear =
        em.createNativeQuery(
                "select id, secret from webhook_subscription where secret not like ?1",
                Object[].class)
            .setParameter(1, PREFIX + "%")
            .getResultList();
    for (Object[] row : clear) {
      UUID id = (UUID) row[0];
      em.createNativeQuery(
              "update webhook_subscription set secret = ?1 where id = ?2 and secret = ?3")
          .setParameter(1, seal(id, (String) row[1]))
          .setParameter(2, id)
          .setParameter(3, row[1])
          .executeUpdate();
    }
    if (!clear.isEmpty()) {
      Log.infof("Sealed %d webhook secrets stored in clear", clear.size());
    }
  }

  void onStart(@Observes StartupEvent start) {
    sealClearSecrets();
  }

  private byte[] crypt(int mode, byte[] iv, UUID subscription, byte[] input, int offset) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, key, new GCMParameterSpec(128, iv));
      c.updateAAD(subscription.toString().getBytes(StandardCharsets.UTF_8));
      return c.doFinal(input, offset, input.length - offset);
    } catch (GeneralSecurityException e) {
      // A wrong key, or a sealed secret moved to another subscription.
      throw new IllegalStateException("a webhook secret cannot be opened (WEBHOOK_SECRET_KEY?)");
    }
  }
}
