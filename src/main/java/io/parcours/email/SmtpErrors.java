package io.parcours.email;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * What a failed send says: whether the relay was reached at all, and if so whether the message may
 * succeed later (a 5xx reply is final; anything else is worth a retry).
 */
final class SmtpErrors {

  private SmtpErrors() {}

  static boolean permanent(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SMTPException smtp) {
        return smtp.isPermanent();
      }
    }
    return false;
  }

  /**
   * Whether no connection to the relay could be made (refused, no route, unknown host, connect
   * timeout): nothing was offered, and the fault is the relay's, not the message's. A relay that
   * connects and then refuses its greeting (421) is not counted here: servers shed single sessions
   * that way under load while others go through, so that stays a failure of the email's attempt.
   */
  static boolean unreachable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /** A short description for the outbox row; never a stack trace. */
  static String describe(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof SMTPException) {
        break;
      }
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.length() > 500 ? message.substring(0, 500) : message;
  }
}
