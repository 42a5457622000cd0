package io.parcours.common;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination over one allow-listed field, then the id: stable under inserts and as fast on
 * the last page as on the first.
 */
public final class Keyset<E> {

  /** A field that may be sorted on: its name on the wire, its path in the query, its value. */
  public record Field<E>(String path, Function<String, Object> parse, Function<E, Object> read) {}

  private final Field<E> field;
  private final boolean descending;
  private final Function<E, UUID> id;

  private Keyset(Field<E> field, boolean descending, Function<E, UUID> id) {
    this.field = field;
    this.descending = descending;
    this.id = id;
  }

  /**
   * Reads a sort parameter such as {@code -score}; anything not allowed is a 400 naming what is.
   */
  public static <E> Keyset<E> of(String sort, Map<String, Field<E>> allowed, Function<E, UUID> id) {
    boolean descending = sort.startsWith("-");
    Field<E> field = allowed.get(descending ? sort.substring(1) : sort);
    if (field == null) {
      throw Problem.badRequest("Cannot sort by '" + sort + "'")
          .with("parameter", "sort")
          .with("allowed", allowed.keySet().stream().sorted().toList());
    }
    return new Keyset<>(field, descending, id);
  }

  /** Adds the "after the cursor" condition to a query's where clauses and parameters. */
  public void after(String cursor, List<String> where, Map<String, Object> params) {
    if (cursor == null) {
      return;
    }
    Cursor at = Cursor.decode(cursor);
    Object value;
    UUID lastId;
    try {
      value = field.parse().apply(at.value());
      lastId = UUID.fromString(at.id());
      if (value instanceof Instant i && !Instants.accepted(i)) {
        throw new IllegalArgumentException("out of range");
      }
    } catch (RuntimeException e) {
      throw Problem.badRequest("The cursor does not belong to this sort order")
          .with("parameter", "cursor");
    }
    // A row comparison, which PostgreSQL turns into an index seek: the OR form it is equal to
    // makes it scan every row before the cursor, so the last page would be the slowest.
    String op = descending ? "<" : ">";
    where.add("(" + field.path() + ", id) " + op + " (:cursorValue, :cursorId)");
    params.put("cursorValue", value);
    params.put("cursorId", lastId);
  }

  public String orderBy() {
    String dir = descending ? " desc" : " asc";
    return " order by " + field.path() + dir + ", id" + dir;
  }

  public String cursorOf(E row) {
    return new Cursor(String.valueOf(field.read().apply(row)), id.apply(row).toString()).encode();
  }
}
