package io.parcours.discount;

import java.security.SecureRandom;

/**
 * Discount codes people can read and type, and nobody can guess: 15 characters from a 32-letter
 * alphabet without 0/O or 1/I (75 random bits), shown in groups of five.
 */
final class Codes {

  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  static final int LENGTH = 15;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Codes() {}

  static String generate() {
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** What the user typed, as stored: upper case, without dashes or spaces. */
  static String normalise(String typed) {
    return typed == null ? "" : typed.toUpperCase().replaceAll("[\\s-]", "");
  }

  static String display(String code) {
    return code.replaceAll("(.{5})(?!$)", "$1-");
  }
}
