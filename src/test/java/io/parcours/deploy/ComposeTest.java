package io.parcours.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Parcours service in docker/compose.yml, the scale profile's replicas included, sets the
 * variables production requires: those application.properties reads without a default.
 */
class ComposeTest {

  private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

  @Test
  void shouldGiveEveryInstanceWhatProductionRequires() throws Exception {
    Set<String> required = required(Path.of("src/main/resources/application.properties"));
    assertFalse(required.isEmpty(), "production requires some variables");
    JsonNode services =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("docker/compose.yml").toFile())
            .path("services");
    List<String> missing = new ArrayList<>();
    int instances = 0;
    for (var service : (Iterable<java.util.Map.Entry<String, JsonNode>>) services::fields) {
      JsonNode build = service.getValue().path("build");
      if (!build.path("dockerfile").asText("").endsWith("docker/Dockerfile")) {
        continue;
      }
      instances++;
      JsonNode env = service.getValue().path("environment");
      for (String name : required) {
        if (env.path(name).asText("").isBlank()) {
          missing.add(service.getKey() + " lacks " + name);
        }
      }
    }
    assertEquals(2, instances, "app and the scale profile's replica");
    assertEquals(List.of(), missing);
  }

  /** Variables read with no default, outside the dev and test profiles. */
  private static Set<String> required(Path properties) throws Exception {
    Set<String> names = new TreeSet<>();
    for (String line : Files.readAllLines(properties)) {
      if (line.startsWith("#") || line.startsWith("%dev.") || line.startsWith("%test.")) {
        continue;
      }
      Matcher m = REQUIRED.matcher(line);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
