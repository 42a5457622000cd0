package io.parcours.email.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalesTest {

  @Test
  void shouldPreferTheLeadsExactLocaleThenItsLanguageThenEnglish() {
    assertEquals(Optional.of("fr-CA"), Locales.pick(Set.of("fr", "fr-CA", "en"), "fr-CA"));
    assertEquals(Optional.of("fr"), Locales.pick(Set.of("fr", "en"), "fr-BE"));
    assertEquals(Optional.of("fr-CA"), Locales.pick(Set.of("fr-CA", "en"), "fr"));
    assertEquals(Optional.of("en"), Locales.pick(Set.of("fr", "en"), "de"));
    assertEquals(Optional.of("en"), Locales.pick(Set.of("fr", "en"), null));
  }

  @Test
  void shouldFallBackToTheFirstLanguageWithoutEnglish() {
    assertEquals(Optional.of("de"), Locales.pick(Set.of("fr", "de"), "it"));
    assertEquals(Optional.empty(), Locales.pick(Set.of(), "fr"));
  }
}
