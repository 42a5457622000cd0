package io.parcours.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** An opaque position in a sorted list: the sort value and the id of the last row seen. */
public record Cursor(String value, String id) {

  private static final char SEPARATOR = '\n';

  public String encode() {
    String raw = value + SEPARATOR + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Cursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      List<String> parts = List.of(raw.split(String.valueOf(SEPARATOR), -1));
      if (parts.size() != 2) {
        throw new IllegalArgumentException();
      }
      return new Cursor(parts.get(0), parts.get(1));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("The cursor is not valid; use the nextCursor of a previous page")
          .with("parameter", "cursor");
    }
  }
}
