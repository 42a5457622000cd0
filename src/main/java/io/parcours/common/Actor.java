package io.parcours.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who made a change: a user, an API key, a rule or the system itself. */
public record Actor(Type type, String id) {

  @Schema(name = "ActorType")
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
