package io.parcours.common;

/** Who made a change: a user, an API key, a rule or the system itself. */
public record Actor(Type type, String id) {

  public enum Type {
    USER,
    API_KEY,
    RULE,
    SYSTEM
  }

  public static Actor system(String what) {
    return new Actor(Type.SYSTEM, what);
  }

  public static Actor rule(Object ruleId) {
    return new Actor(Type.RULE, String.valueOf(ruleId));
  }
}
