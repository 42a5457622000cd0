package io.parcours.email;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class SmtpErrorsTest {

  @Test
  void shouldTakeA5xxReplyAsFinalEvenWhenWrapped() {
    SMTPException refused = new SMTPException("rcpt", 550, List.of("550 5.1.1 No such user"), true);

    assertTrue(SmtpErrors.permanent(new CompletionException(refused)));
    assertTrue(SmtpErrors.describe(new CompletionException(refused)).contains("550"));
  }

  @Test
  void shouldRetryA4xxReplyOrAServerThatCannotBeReached() {
    SMTPException busy = new SMTPException("rcpt", 451, List.of("451 4.3.0 Try later"), true);

    assertFalse(SmtpErrors.permanent(new CompletionException(busy)));
    assertFalse(SmtpErrors.permanent(new CompletionException(new ConnectException("refused"))));
  }

  @Test
  void shouldTakeAConnectionThatCannotBeMadeForAnUnreachableRelay() {
    assertTrue(SmtpErrors.unreachable(new CompletionException(new ConnectException("refused"))));
    assertTrue(SmtpErrors.unreachable(new RuntimeException(new UnknownHostException("smtp"))));
  }

  @Test
  void shouldNotTakeAnAnswerAboutTheMessageForAnUnreachableRelay() {
    SMTPException busy = new SMTPException("rcpt", 451, List.of("451 4.3.0 Try later"), true);
    SMTPException refused = new SMTPException("rcpt", 550, List.of("550 No such user"), true);
    SMTPException greeting =
        new SMTPException("got error response", 421, List.of("421 Shutting down"), false);

    assertFalse(SmtpErrors.unreachable(new CompletionException(busy)));
    assertFalse(SmtpErrors.unreachable(new CompletionException(refused)));
    assertFalse(SmtpErrors.unreachable(new CompletionException(greeting)));
    assertFalse(SmtpErrors.unreachable(new IllegalStateException("Connection was closed")));
  }
}
