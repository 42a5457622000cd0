package io.parcours.email;

import static io.parcours.email.Mails.GRANTED;
import static io.parcours.support.Fixtures.createLeadId;
import static io.parcours.support.Fixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.support.MailServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Markup in a lead's fields reaches the email as text: escaped in HTML, never interpreted. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class EmailMarkupTest {

  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  @Inject Dispatcher dispatcher;

  @Test
  void shouldEscapeALeadsMarkupInTheHtmlOfTheEmailItReceives() throws Exception {
    String email = uniqueEmail();
    String id =
        createLeadId(
            Map.of("email", email, "firstName", HOSTILE, "stage", "DECISION", "consent", GRANTED));
    Mails.move(id, "CUSTOMER");
    dispatcher.dispatch();

    List<MimeMessage> received = MailServer.receivedBy(email);
    assertEquals(1, received.size());
    String html = Mails.part(received.get(0), "text/html");
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(Mails.part(received.get(0), "text/plain").contains(HOSTILE));
  }
}
