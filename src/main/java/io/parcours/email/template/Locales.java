package io.parcours.email.template;

import java.util.Collection;
import java.util.Optional;

/** Which language of a template a lead reads: its own, else its language, else English. */
public final class Locales {

  static final String FALLBACK = "en";

  private Locales() {}

  public static Optional<String> pick(Collection<String> available, String wanted) {
    if (wanted != null && available.contains(wanted)) {
      return Optional.of(wanted);
    }
    String language = wanted == null ? null : wanted.split("-", 2)[0];
    if (language != null && available.contains(language)) {
      return Optional.of(language);
    }
    if (language != null) {
      Optional<String> regional =
          available.stream().filter(l -> l.startsWith(language + "-")).sorted().findFirst();
      if (regional.isPresent()) {
        return regional;
      }
    }
    if (available.contains(FALLBACK)) {
      return Optional.of(FALLBACK);
    }
    return available.stream().sorted().findFirst();
  }
}
