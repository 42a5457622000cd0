package io.parcours.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code nextCursor} is absent on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

  /**
   * Builds a page from a query that fetched one row more than asked, which tells whether another
   * page follows.
   */
  public static <E, T> Page<T> of(
      List<E> rows, int size, Function<E, String> cursorOf, Function<E, T> view) {
    boolean more = rows.size() > size;
    List<E> shown = more ? rows.subList(0, size) : rows;
    String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
