package io.parcours.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parcours.common.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookFiltersTest {

  @Test
  void shouldKeepFiltersInOneSpelling() {
    String id = "0F8FAD5B-D9CB-469F-A165-70867728950E";
    assertEquals(
        Map.of("personaId", List.of(id.toLowerCase()), "to", List.of("CUSTOMER", "LOYAL")),
        WebhookFilters.checked(
            Map.of("to", List.of("LOYAL", "CUSTOMER", "LOYAL"), "personaId", List.of(id))));
    assertEquals(Map.of(), WebhookFilters.checked(null));
  }

  @Test
  void shouldRefuseWhatIsOutOfBounds() {
    Map<String, List<String>> six = new HashMap<>();
    for (String f : List.of("to", "from", "kind", "stage", "source", "channel")) {
      six.put(f, List.of("x"));
    }
    assertThrows(Problem.class, () -> WebhookFilters.checked(six));
    assertThrows(Problem.class, () -> WebhookFilters.checked(Map.of("email", List.of("x"))));
    assertThrows(
        Problem.class, () -> WebhookFilters.checked(Map.of("to", List.of("x".repeat(101)))));
    Map<String, List<String>> nullValue = new HashMap<>();
    nullValue.put("to", java.util.Arrays.asList("x", null));
    assertThrows(Problem.class, () -> WebhookFilters.checked(nullValue));
  }
}
