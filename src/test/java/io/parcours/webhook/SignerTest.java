package io.parcours.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.common.Problem;
import org.junit.jupiter.api.Test;

class SignerTest {

  @Test
  void shouldSignLikeTheStandardWebhooksExample() {
    String signature =
        Signer.sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}");

    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
  }

  @Test
  void shouldDrawDifferentUsableSecrets() {
    String a = Signer.newSecret();
    String b = Signer.newSecret();

    assertNotEquals(a, b);
    assertTrue(a.startsWith("whsec_"));
    assertEquals(a, Signer.checkSecret(a));
  }

  @Test
  void shouldRefuseSecretsTooShortOrNotBase64() {
    assertThrows(Problem.class, () -> Signer.checkSecret("whsec_c2hvcnQ="));
    assertThrows(Problem.class, () -> Signer.checkSecret("whsec_not base64 at all!!!!!!!!!!!"));
    assertThrows(Problem.class, () -> Signer.checkSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
  }
}
