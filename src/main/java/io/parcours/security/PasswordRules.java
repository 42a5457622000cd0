package io.parcours.security;

import io.parcours.common.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a new password must not be: guessed first, or longer than bcrypt reads. */
final class PasswordRules {

  /** bcrypt reads 72 bytes and ignores the rest: a longer password is not what it seems. */
  static final int MAX_BYTES = 72;

  private static final Set<String> COMMON = load("/security/common-passwords.txt");

  private PasswordRules() {}

  /** Throws a 400 naming the password field when it may not be used by the owner of this email. */
  static void check(String password, String email) {
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw Problem.invalid(
              "password", "must be at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt ignores more)")
          .with("maxBytes", MAX_BYTES);
    }
    if (guessable(password, email)) {
      throw Problem.invalid(
          "password",
          "is too easy to guess (a common password, one repeated character, the email)");
    }
  }

  private static boolean guessable(String password, String email) {
    String lower = password.strip().toLowerCase(Locale.ROOT);
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    int at = address.indexOf('@');
    return COMMON.contains(lower)
        || lower.chars().distinct().count() <= 1
        || lower.equals(address)
        || (at > 0 && lower.equals(address.substring(0, at)));
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
