package io.parcours.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.content.ContentType;
import io.parcours.email.OutboxStatus;
import io.parcours.imports.LeadImport;
import io.parcours.lead.Cause;
import io.parcours.lead.ConsentStatus;
import io.parcours.lead.LegalBasis;
import io.parcours.lead.Stage;
import io.parcours.security.Role;
import io.parcours.touchpoint.Channel;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code the UI shows has a label in English and in French (js/i18n.js and js/labels.js). */
class LabelsTest {

  static final Path JS = Path.of("src/main/resources/META-INF/resources/js");

  /** The key prefix of each enum's labels, as the pages look them up. */
  static final Map<String, Class<? extends Enum<?>>> CODES =
      Map.ofEntries(
          Map.entry("type", ContentType.class),
          Map.entry("channel", Channel.class),
          Map.entry("touch", TouchpointType.class),
          Map.entry("sentiment", Sentiment.class),
          Map.entry("cause", Cause.Type.class),
          Map.entry("stage", Stage.class),
          Map.entry("consent", ConsentStatus.class),
          Map.entry("basis", LegalBasis.class),
          Map.entry("outbox", OutboxStatus.class),
          Map.entry("import", LeadImport.Status.class),
          Map.entry("role", Role.class));

  @Test
  void shouldLabelEveryCodeInBothLanguages() throws IOException {
    String i18n = Files.readString(JS.resolve("i18n.js"));
    String labels = Files.readString(JS.resolve("labels.js"));
    String en =
        between(i18n, "const en = {", "const fr = {")
            + between(labels, "export const en = {", "export const fr = {");
    String fr =
        between(i18n, "const fr = {", "const dictionaries")
            + labels.substring(labels.indexOf("export const fr = {"));
    assertEquals(List.of(), missing(en, CODES), "without an English label");
    assertEquals(List.of(), missing(fr, CODES), "without a French label");
  }

  @Test
  void shouldReportACodeWithoutALabel() {
    String dictionary = "'stage.DISCOVERY': 'Discovery', 'stage.LOST': 'Lost',";
    List<String> missing = missing(dictionary, Map.of("stage", Stage.class));
    assertEquals(List.of("stage.REFLECTION", "stage.DECISION"), missing.subList(0, 2));
    assertEquals(Stage.values().length - 2, missing.size());
  }

  static List<String> missing(String dictionary, Map<String, Class<? extends Enum<?>>> codes) {
    List<String> missing = new ArrayList<>();
    codes.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                Arrays.stream(e.getValue().getEnumConstants())
                    .map(c -> e.getKey() + "." + c.name())
                    .filter(
                        key ->
                            !Pattern.compile("'" + Pattern.quote(key) + "'\\s*:")
                                .matcher(dictionary)
                                .find())
                    .forEach(missing::add));
    return missing;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    if (from < 0 || to < 0) {
      throw new IllegalStateException("no section from '" + start + "' to '" + end + "'");
    }
    return text.substring(from, to);
  }
}
