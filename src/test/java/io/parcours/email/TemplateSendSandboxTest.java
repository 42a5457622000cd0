package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.email.template.EmailTemplate;
import io.parcours.email.template.TemplateText;
import io.parcours.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A template stored before the sandbox checked it, and due to be sent: the email fails at once,
 * FAILED with the reason, never retried, nothing sent, and no secret in its row.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class TemplateSendSandboxTest {

  /** One of each class the save and preview suite tries; the limit or refusal expected. */
  static final Map<String, String> SOURCES =
      Map.of(
          "{config:['parcours.admin.password']}",
          "namespace",
          "{config:['parcours.consent.unsubscribe-secret']}",
          "namespace",
          "{#include UnsubscribeResource/confirm /}",
          "include",
          "{lead.getClass()}",
          "method",
          "{time:format(lead,'x')}",
          "namespace",
          "{#for i in 10000}{#for j in 1000}x{/for}{/for}",
          "for",
          "{lead.company}".repeat(1_500),
          "outputLength",
          "{#if true}".repeat(5_000) + "x" + "{/if}".repeat(5_000),
          "sectionDepth");

  @Inject Dispatcher dispatcher;

  @Test
  void shouldFailTheEmailOnceWithItsReasonWhenItsTemplateIsRefused() throws Exception {
    for (var source : SOURCES.entrySet()) {
      Map<String, String> setup = Mails.journey("LOYAL", "PT0S", false);
      store(setup.get("template"), source.getKey());
      String email = uniqueEmail();
      String lead =
          createLeadId(
              Map.of(
                  "email",
                  email,
                  "stage",
                  "LOYAL",
                  "personaId",
                  setup.get("persona"),
                  "company",
                  "C".repeat(200),
                  "consent",
                  GRANTED));
      UUID rule = UUID.fromString(setup.get("journey"));

      long start = System.nanoTime();
      dispatcher.dispatch();
      long millis = (System.nanoTime() - start) / 1_000_000;
      Mails.makeDue(lead, rule);
      dispatcher.dispatch();

      OutboxEmail row = Mails.row(lead, rule);
      String what = source.getValue();
      assertEquals(OutboxStatus.FAILED, row.status, what);
      assertEquals(1, row.attempts, what);
      assertTrue(row.lastError.contains("locales.en.html"), row.lastError);
      assertTrue(row.lastError.contains(what), what + ": " + row.lastError);
      assertTrue(millis < 2_000, what + " took " + millis + " ms");
      assertEquals(0, MailServer.receivedBy(email).size(), what);
      for (String secret : secrets()) {
        assertTrue(!row.lastError.contains(secret), what + ": " + row.lastError);
      }
    }
  }

  private static List<String> secrets() {
    var config = ConfigProvider.getConfig();
    return List.of(
        config.getValue("parcours.admin.password", String.class),
        config.getValue("parcours.consent.unsubscribe-secret", String.class));
  }

  private static void store(String id, String source) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EmailTemplate t = EmailTemplate.findById(UUID.fromString(id));
              t.locales.put("en", new TemplateText("Hi", source, source));
            });
  }
}
