package io.parcours.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) behind a {@link SmtpGate}, started once for the test run; the
 * application's mailer points at the gate.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

  private static GreenMail greenMail;
  private static SmtpGate gate;

  @Override
  public Map<String, String> start() {
    greenMail = new GreenMail(ServerSetup.SMTP.dynamicPort());
    greenMail.start();
    try {
      gate = new SmtpGate(greenMail.getSmtp().getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(gate.port()));
  }

  @Override
  public void stop() {
    try {
      gate.close();
    } catch (IOException ignored) {
      // stopping anyway
    }
    greenMail.stop();
  }

  public static SmtpGate gate() {
    return gate;
  }

  /** Every message received so far for this address. */
  public static List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
  }

  /** How many messages each recipient whose address starts with this prefix received. */
  public static Map<String, Long> countsByRecipient(String prefix) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      try {
        for (Address a : m.getAllRecipients()) {
          if (a.toString().startsWith(prefix)) {
            counts.merge(a.toString(), 1L, Long::sum);
          }
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return counts;
  }

  private static boolean isFor(MimeMessage m, String address) {
    try {
      Address[] to = m.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
