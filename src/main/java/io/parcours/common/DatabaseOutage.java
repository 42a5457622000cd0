package io.parcours.common;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a database that cannot be reached from a query that failed: the first is answered 503 and
 * goes away by itself, the second is a bug or a bad input.
 */
final class DatabaseOutage {

  /** Admin shutdown, crash shutdown, cannot connect now: the server is going or gone. */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutage() {}

  static boolean causes(Throwable error) {
    return causes(error, 0);
  }

  /**
   * Follows causes and suppressed exceptions: a commit that fails as the server goes away arrives
   * as the transaction manager's "could not commit", the SQL error suppressed inside it.
   */
  private static boolean causes(Throwable error, int depth) {
    if (error == null || depth > 20) {
      return false;
    }
    if (error instanceof SQLException sql && unreachable(sql)) {
      return true;
    }
    for (Throwable suppressed : error.getSuppressed()) {
      if (causes(suppressed, depth + 1)) {
        return true;
      }
    }
    return error.getCause() != error && causes(error.getCause(), depth + 1);
  }

  private static boolean unreachable(SQLException e) {
    String state = e.getSQLState();
    if (state != null) {
      return state.startsWith("08") || SHUTDOWN_STATES.contains(state);
    }
    // The pool's own timeouts carry no SQLState, only a message.
    String message = e.getMessage();
    return message != null && message.toLowerCase().contains("acquisition timeout");
  }

  /** PostgreSQL refused a text value (a NUL character): the client's input, not a fault. */
  static boolean refusedText(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
