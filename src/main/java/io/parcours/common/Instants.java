package io.parcours.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Times and dates as the API accepts them, in query parameters, cursors and bodies alike: between
 * the years 1 and 9999. Java reads far wider ones than PostgreSQL stores (4713 BC to 294276 AD),
 * and none outside this range means anything to a CRM.
 */
public final class Instants {

  public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");
  private static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  private static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
  private static final String RANGE = "between the years 1 and 9999";

  private Instants() {}

  public static boolean accepted(Instant value) {
    return !value.isBefore(MIN) && !value.isAfter(MAX);
  }

  /** A query parameter holding an ISO instant; a 400 naming it otherwise. */
  public static Instant parameter(String name, String value) {
    try {
      return parameter(name, Instant.parse(value));
    } catch (DateTimeParseException e) {
      throw Problem.badRequest("'" + name + "' must be an ISO instant such as 2026-01-31T00:00:00Z")
          .with("parameter", name);
    }
  }

  /** A query parameter already read as an instant, refused outside the range. */
  public static Instant parameter(String name, Instant value) {
    if (value != null && !accepted(value)) {
      throw Problem.badRequest("'" + name + "' must be " + RANGE).with("parameter", name);
    }
    return value;
  }

  /** A query parameter holding an ISO date; a 400 naming it otherwise. */
  public static LocalDate date(String name, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest("'" + name + "' must be a date such as 2026-01-31")
          .with("parameter", name);
    }
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw Problem.badRequest("'" + name + "' must be " + RANGE).with("parameter", name);
    }
    return date;
  }

  /** A field of a request body, refused outside the range as a 400 naming the field. */
  public static Instant field(String name, Instant value) {
    if (value != null && !accepted(value)) {
      throw Problem.invalid(name, "must be " + RANGE);
    }
    return value;
  }
}
