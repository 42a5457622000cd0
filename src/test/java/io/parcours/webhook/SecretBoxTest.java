package io.parcours.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private static SecretBox box(String key) {
    SecretBox box = new SecretBox();
    box.key = SecretBox.key(key);
    return box;
  }

  @Test
  void shouldSealASecretSoThatOnlyTheKeyAndItsSubscriptionOpenIt() {
    SecretBox box = box("k".repeat(32));
    UUID id = UUID.randomUUID();
    String sealed = box.seal(id, SECRET);

    assertTrue(sealed.startsWith(SecretBox.PREFIX), sealed);
    assertFalse(sealed.contains(SECRET.substring(6)));
    assertNotEquals(sealed, box.seal(id, SECRET));
    assertEquals(SECRET, box.open(id, sealed));
    assertThrows(IllegalStateException.class, () -> box.open(UUID.randomUUID(), sealed));
    assertThrows(IllegalStateException.class, () -> box("j".repeat(32)).open(id, sealed));
  }

  @Test
  void shouldReadASecretStoredBeforeSealingAsItIs() {
    assertEquals(SECRET, box("k".repeat(32)).open(UUID.randomUUID(), SECRET));
  }

  @Test
  void shouldRefuseAKeyShorterThan32Characters() {
    assertThrows(IllegalStateException.class, () -> SecretBox.key("short"));
  }
}
