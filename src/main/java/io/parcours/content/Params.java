package io.parcours.content;

import io.parcours.common.Problem;
import java.util.Arrays;

/** Query parameters read by hand, so that a wrong value is a 400 naming the allowed ones. */
final class Params {

  private Params() {}

  static <E extends Enum<E>> E enumOf(Class<E> type, String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("Unknown value '" + value + "' for " + parameter)
          .with("parameter", parameter)
          .with("allowed", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
  }
}
