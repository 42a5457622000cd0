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
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && unreachable(sql)) {
        return true;
      }
    }
    return false;
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
