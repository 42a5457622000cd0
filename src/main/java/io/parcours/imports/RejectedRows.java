package io.parcours.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Csv;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An import's rejected rows as a CSV: the file's own columns, as the file gave them, and why each
 * row was rejected, so that they can be corrected and uploaded again (the error column is ignored
 * then). Text is defused against spreadsheet formulas, as in the lead export.
 */
@ApplicationScoped
class RejectedRows {

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  /** The header's columns; rows of an import from before V136 kept only their email. */
  static List<String> columns(LeadImport i) {
    List<String> columns = new ArrayList<>(i.columns == null ? List.of("email") : i.columns);
    columns.remove("error");
    columns.add("error");
    return columns;
  }

  void write(LeadImport i, OutputStream out) throws IOException {
    List<String> columns = columns(i);
    BufferedWriter w =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(String.join(",", columns));
    w.write("\r\n");
    QuarkusTransaction.requiringNew().run(() -> rows(i.id, columns, w));
    w.flush();
  }

  private void rows(UUID id, List<String> columns, BufferedWriter w) {
    var query =
        em.createNativeQuery(
                "select coalesce(fields, jsonb_build_object('email', email))::text, message"
                    + " from lead_import_error where import_id = ?1 order by row_number",
                Object[].class)
            .setParameter(1, id)
            .setHint("org.hibernate.fetchSize", 1000);
    try (var rows = query.getResultStream()) {
      rows.forEach(r -> line((Object[]) r, columns, w));
    }
  }

  private void line(Object[] row, List<String> columns, BufferedWriter w) {
    try {
      JsonNode fields = json.readTree((String) row[0]);
      for (int c = 0; c < columns.size() - 1; c++) {
        JsonNode v = fields.get(columns.get(c));
        w.write(v == null || v.isNull() ? "" : Csv.text(v.asText()));
        w.write(',');
      }
      w.write(Csv.text((String) row[1]));
      w.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
