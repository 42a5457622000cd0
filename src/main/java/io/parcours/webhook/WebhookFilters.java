package io.parcours.webhook;

import io.parcours.common.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Filters on the fields of an event, evaluated in the database when deliveries are planned: each
 * named field must hold one of its listed values. Bounded in fields, values and length, and limited
 * to fields that hold plain text, so that planning stays cheap whatever a subscriber writes.
 */
final class WebhookFilters {

  static final int MAX_FIELDS = 5;
  static final int MAX_VALUES = 20;
  static final int MAX_LENGTH = 100;

  /** Fields that hold text in the events' data; personaId is the lead's persona. */
  static final Set<String> FIELDS =
      Set.of(
          "channel",
          "contentId",
          "from",
          "kind",
          "ownerId",
          "personaId",
          "sentiment",
          "source",
          "stage",
          "status",
          "to",
          "type");

  private static final Set<String> IDS = Set.of("contentId", "ownerId", "personaId");

  private WebhookFilters() {}

  /** The filters checked and in one spelling (ids in lower case, values sorted, no repeats). */
  static Map<String, List<String>> checked(Map<String, List<String>> filters) {
    Map<String, List<String>> out = new TreeMap<>();
    if (filters == null) {
      return out;
    }
    if (filters.size() > MAX_FIELDS) {
      throw refused("at most " + MAX_FIELDS + " fields");
    }
    filters.forEach(
        (field, values) -> {
          if (field == null || !FIELDS.contains(field)) {
            throw refused("cannot filter on '" + shorten(field) + "'")
                .with("allowed", FIELDS.stream().sorted().toList());
          }
          if (values == null || values.isEmpty() || values.size() > MAX_VALUES) {
            throw refused(field + ": 1 to " + MAX_VALUES + " values");
          }
          out.put(field, values.stream().map(v -> value(field, v)).distinct().sorted().toList());
        });
    return out;
  }

  private static String value(String field, String value) {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw refused(field + ": each value 1 to " + MAX_LENGTH + " characters");
    }
    if (IDS.contains(field)) {
      try {
        return UUID.fromString(value).toString();
      } catch (IllegalArgumentException e) {
        throw refused(field + ": '" + value + "' is not an id");
      }
    }
    return value;
  }

  private static Problem refused(String message) {
    return Problem.invalid("filters", message);
  }

  private static String shorten(String text) {
    return text == null || text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
