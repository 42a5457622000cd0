package io.parcours.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One writer per table: SQL and HQL that insert, update or delete leads or their stage history
 * appear only in the lead package (Panache's Lead.update and Lead.delete count too).
 */
class TableWritersTest {

  static final Path MAIN = Path.of("src/main/java/io/parcours");

  static final Pattern WRITE =
      Pattern.compile(
          "(?i)(insert\\s+into|update|delete\\s+from)\\s+(lead|stage_transition|StageTransition)\\b"
              + "|\\b(Lead|StageTransition)\\.(update|delete)\\(");

  @Test
  void shouldWriteLeadsAndHistoryOnlyInTheLeadPackage() throws IOException {
    assertEquals(List.of(), writersOutsideLead());
  }

  @Test
  void shouldRecogniseAWrite() {
    for (String sql :
        List.of(
            "update lead l set stage = ?",
            "INSERT INTO stage_transition (lead_id)",
            "delete from Lead where id = ?1",
            "Lead.update(\"score = 0\")")) {
      assertTrue(WRITE.matcher(sql).find(), sql);
    }
    assertTrue(!WRITE.matcher("update lead_import set status = ?").find());
  }

  private static List<String> writersOutsideLead() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !MAIN.relativize(f).startsWith("lead"))
          .filter(TableWritersTest::writes)
          .map(f -> MAIN.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  private static boolean writes(Path file) {
    try {
      return WRITE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
