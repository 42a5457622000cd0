package io.parcours.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core run in the page the browser shows: no violation of impact serious or critical may
 * remain. {@code .ci/axe} (run by {@code .ci/browser}) installs it from the npm registry.
 */
final class Axe {

  private static final Path SOURCE = Path.of(".ci/.tools/node_modules/axe-core/axe.min.js");
  private static String source;

  private Axe() {}

  /** Fails with each serious or critical violation: its rule, impact and the elements it names. */
  static void check(Browser browser, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    js.executeScript(source());
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, { resultTypes: ['violations'] }).then((r) => done("
                    + " r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                    + " .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                    + " + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', '))),"
                    + " (e) => done(['axe failed: ' + e]));");
    assertEquals(List.of(), found, page);
  }

  private static synchronized String source() {
    if (source == null) {
      if (!Files.isRegularFile(SOURCE)) {
        throw new IllegalStateException("axe-core is not installed: run .ci/axe or .ci/browser");
      }
      try {
        source = Files.readString(SOURCE);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return source;
  }
}
