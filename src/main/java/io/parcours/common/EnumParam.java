package io.parcours.common;

import java.util.Arrays;
import java.util.List;

/**
 * Enum values given as text, in a query parameter or a field: a blank value is none, an unknown one
 * is refused naming the allowed values.
 */
public final class EnumParam {

  private EnumParam() {}

  /**
   * The constant the parameter names, or null when it is absent or blank.
   *
   * @throws Problem a 400 naming the parameter and the allowed values, for any other value
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
    try {
      return lookup(type, value);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("Unknown value '" + value + "' for " + parameter)
          .with("parameter", parameter)
          .with("allowed", allowed(type));
    }
  }

  /**
   * The constant the value names, or null when it is absent or blank.
   *
   * @throws IllegalArgumentException saying "must be one of [...]", for any other value
   */
  public static <E extends Enum<E>> E lookup(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("must be one of [" + String.join(",", allowed(type)) + "]");
  }

  public static List<String> allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
