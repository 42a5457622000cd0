package io.parcours.email;

import io.vertx.ext.mail.SMTPException;

/**
 * Whether a failed send may succeed later: a 5xx reply is final, anything else (4xx, a server that
 * cannot be reached, a timeout) is worth a retry.
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
