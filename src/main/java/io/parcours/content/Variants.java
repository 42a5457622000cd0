package io.parcours.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Which variant of an A/B group a lead sees: a hash of the lead and the group places the lead in
 * [0,1), and the variants' weights cut that interval. The same lead always lands in the same place,
 * and each group is split independently of the others.
 */
public final class Variants {

  private Variants() {}

  /** The lead's position in [0,1) for this group. */
  public static double position(UUID leadId, String group) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((leadId + "|" + group).getBytes(StandardCharsets.UTF_8));
      long top53 = ByteBuffer.wrap(digest).getLong() >>> 11;
      return top53 / (double) (1L << 53);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The option whose share of the total weight covers the lead's position. Options must come in a
   * stable order (callers sort them by id), or leads would move between variants.
   */
  public static <T> T choose(UUID leadId, String group, List<T> options, ToIntFunction<T> weight) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("a variant group needs at least one option");
    }
    long total = options.stream().mapToLong(weight::applyAsInt).sum();
    double target = position(leadId, group) * total;
    long cumulative = 0;
    for (T option : options) {
      cumulative += weight.applyAsInt(option);
      if (target < cumulative) {
        return option;
      }
    }
    return options.get(options.size() - 1);
  }
}
