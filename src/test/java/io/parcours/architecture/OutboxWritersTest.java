package io.parcours.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.parcours.email.OutboxEmail;
import io.parcours.email.OutboxStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One class owns the outbox's statuses: only email/Outbox.java sets OutboxEmail.status, and only it
 * holds SQL or HQL that inserts or updates outbox rows.
 */
class OutboxWritersTest {

  static final String OWNER = "io.parcours.email.Outbox";

  static final Pattern WRITE =
      Pattern.compile(
          "(?i)(insert\\s+into|update)\\s+email_outbox\\b|\\bupdate\\s+OutboxEmail\\b"
              + "|\\bOutboxEmail\\.update\\(");

  static final ArchRule STATUS_SET_ONLY_BY_THE_OUTBOX =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(OWNER)
          .should()
          .setField(OutboxEmail.class, "status")
          .because("every status change is a move of the outbox's transition table");

  @Test
  void shouldSetTheStatusOfAnOutboxEmailOnlyInTheOutbox() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parcours");
    STATUS_SET_ONLY_BY_THE_OUTBOX.check(main);
  }

  @Test
  void shouldCatchAStatusSetElsewhere() {
    JavaClasses stray = new ClassFileImporter().importClasses(StrayWriter.class);
    assertTrue(STATUS_SET_ONLY_BY_THE_OUTBOX.evaluate(stray).hasViolation());
  }

  @Test
  void shouldWriteOutboxRowsInSqlOrHqlOnlyInTheOutbox() throws IOException {
    try (Stream<Path> files = Files.walk(TableWritersTest.MAIN)) {
      List<String> writers =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.endsWith(Path.of("email", "Outbox.java")))
              .filter(OutboxWritersTest::writes)
              .map(f -> TableWritersTest.MAIN.relativize(f).toString())
              .sorted()
              .toList();
      assertEquals(List.of(), writers);
    }
  }

  @Test
  void shouldRecogniseAnOutboxWrite() {
    for (String code :
        List.of(
            "update email_outbox set status = ?",
            "INSERT INTO email_outbox (id, status)",
            "update OutboxEmail e set e.status = ?1",
            "OutboxEmail.update(\"status = ?1 where id = ?2\")")) {
      assertTrue(WRITE.matcher(code).find(), code);
    }
    assertFalse(WRITE.matcher("select status from email_outbox").find());
    assertFalse(WRITE.matcher("update email_outbox_archive set x = 1").find());
  }

  private static boolean writes(Path file) {
    try {
      return WRITE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the rule must refuse: a status set outside the outbox. */
  static class StrayWriter {
    void cancel(OutboxEmail e) {
      e.status = OutboxStatus.CANCELLED;
    }
  }
}
