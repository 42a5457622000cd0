package io.parcours.automation;

import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.util.EnumMap;
import java.util.Map;

/** Points per touchpoint type plus points per sentiment; what is not listed counts zero. */
public record Scoring(Map<TouchpointType, Integer> types, Map<Sentiment, Integer> sentiments) {

  public Scoring {
    types = complete(TouchpointType.class, types);
    sentiments = complete(Sentiment.class, sentiments);
  }

  public int points(TouchpointType type, Sentiment sentiment) {
    return types.get(type) + sentiments.get(sentiment);
  }

  /** A score never overflows and never drops below zero: a bad week does not erase a customer. */
  public static int add(int score, int points) {
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, (long) score + points));
  }

  private static <E extends Enum<E>> Map<E, Integer> complete(
      Class<E> kind, Map<E, Integer> given) {
    Map<E, Integer> all = new EnumMap<>(kind);
    for (E e : kind.getEnumConstants()) {
      Integer p = given == null ? null : given.get(e);
      all.put(e, p == null ? 0 : p);
    }
    return all;
  }
}
