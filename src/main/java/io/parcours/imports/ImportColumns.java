package io.parcours.imports;

import io.parcours.common.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The columns a lead CSV may have, read from its header line. */
final class ImportColumns {

  /** Imported into the lead. */
  static final List<String> IMPORTED =
      List.of(
          "email",
          "first_name",
          "last_name",
          "company",
          "phone",
          "locale",
          "persona_id",
          "owner_id",
          "stage",
          "deal_value",
          "tags",
          "source_channel",
          "source_campaign",
          "utm_source",
          "utm_medium",
          "utm_campaign",
          "consent_status",
          "consent_basis",
          "consent_source");

  /**
   * Written by the export, or (error) by the download of rejected rows, accepted and ignored, so
   * that either file can be imported again.
   */
  static final Set<String> IGNORED =
      Set.of("id", "score", "stage_entered_at", "created_at", "updated_at", "error");

  private ImportColumns() {}

  /** The header's columns as table columns; a 400 naming any unknown, duplicate or missing one. */
  static List<String> parse(String header) {
    if (header == null || header.isBlank()) {
      throw Problem.badRequest("The file is empty; the first line must name the columns");
    }
    List<String> columns = new ArrayList<>();
    for (String raw : header.replace("\uFEFF", "").split(",", -1)) {
      String name = snake(raw.strip().replace("\"", ""));
      if (!IMPORTED.contains(name) && !IGNORED.contains(name)) {
        throw Problem.badRequest("Unknown column '" + raw.strip() + "'").with("allowed", IMPORTED);
      }
      if (columns.contains(name)) {
        throw Problem.badRequest("Column '" + name + "' appears twice");
      }
      columns.add(name);
    }
    if (!columns.contains("email")) {
      throw Problem.badRequest("The file has no email column");
    }
    return columns;
  }

  /** firstName and first_name are the same column. */
  static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
