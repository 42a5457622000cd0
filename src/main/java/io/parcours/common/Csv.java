package io.parcours.common;

/**
 * CSV fields (RFC 4180) that a spreadsheet will not run: text that would start a formula gets a
 * leading apostrophe. Spreadsheets set to semicolons split a line at every ';' (a quote in the
 * middle of their cell protects nothing), so each part after one is defused as a cell of its own.
 */
public final class Csv {

  private Csv() {}

  /** Text typed by people or systems: quoted when needed, defused when it looks like a formula. */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    String[] cells = value.split(";", -1);
    for (int i = 0; i < cells.length; i++) {
      if (formula(cells[i])) {
        cells[i] = "'" + cells[i];
      }
    }
    return quote(String.join(";", cells));
  }

  /** Values the application produced (ids, numbers, times): only quoted when needed. */
  public static String value(Object value) {
    return value == null ? "" : quote(value.toString());
  }

  /** Starts with = + - @ tab or CR, possibly after spaces: what spreadsheets evaluate. */
  static boolean formula(String value) {
    if (!value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r')) {
      return true;
    }
    String start = value.stripLeading();
    if (start.isEmpty()) {
      return false;
    }
    char c = start.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static String quote(String value) {
    boolean needs =
        value.indexOf(',') >= 0
            || value.indexOf(';') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
