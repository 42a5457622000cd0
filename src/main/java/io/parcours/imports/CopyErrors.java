package io.parcours.imports;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

/**
 * Says in plain words why COPY refused a file, with its line: the database's own message names its
 * tables and quotes the row, which is no one's business.
 */
final class CopyErrors {

  private static final Pattern LINE = Pattern.compile("COPY \\w+, line (\\d+)");

  private CopyErrors() {}

  static String describe(SQLException e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    String where = null;
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      text = p.getServerErrorMessage().getMessage();
      where = p.getServerErrorMessage().getWhere();
    }
    Matcher line = LINE.matcher(where == null ? "" : where);
    String at = line.find() ? "Line " + line.group(1) + " of the file: " : "The file: ";
    return at + reason(e.getSQLState(), text == null ? "" : text);
  }

  private static String reason(String state, String text) {
    if ("22021".equals(state) || "22P05".equals(state)) {
      return "it holds bytes that are not text in UTF-8 (or a NUL character); save it as CSV UTF-8";
    }
    if (text.startsWith("extra data after last expected column")) {
      return "it has more fields than the header names; the file is not valid CSV";
    }
    if (text.startsWith("missing data for column")) {
      return "it has fewer fields than the header names; the file is not valid CSV";
    }
    if (text.startsWith("unterminated CSV quoted field")) {
      return "a quoted field is never closed; the file is not valid CSV";
    }
    if (text.contains("carriage return") || text.contains("newline")) {
      return "it has a line break the file does not use elsewhere; the file is not valid CSV";
    }
    return "it cannot be read; the file is not valid CSV";
  }
}
