package io.parcours.common;

import java.util.Optional;
import java.util.UUID;

/**
 * Which leads a caller may see: all of them, or, for a caller restricted to one owner, that owner's
 * and the unassigned ones. The same rule in Java and as a query condition on a lead's owner column.
 *
 * @param condition the rule on the owner column, with one placeholder
 * @param owner the value to bind to that placeholder: the caller's user
 */
public record LeadAccess(String condition, UUID owner) {

  /** Whether a caller with this scope may see a lead of this owner. */
  public static boolean allows(Optional<UUID> scope, UUID ownerId) {
    return scope.map(me -> ownerId == null || me.equals(ownerId)).orElse(true);
  }

  /** The rule for plain SQL (placeholder {@code ?}); empty when the caller sees every lead. */
  public static Optional<LeadAccess> sql(Optional<UUID> scope, String ownerColumn) {
    return scope.map(me -> new LeadAccess(condition(ownerColumn, "?"), me));
  }

  /** The rule for HQL, bound to the named parameter; empty when the caller sees every lead. */
  public static Optional<LeadAccess> hql(Optional<UUID> scope, String ownerPath, String name) {
    return scope.map(me -> new LeadAccess(condition(ownerPath, ":" + name), me));
  }

  private static String condition(String owner, String placeholder) {
    return "(" + owner + " = " + placeholder + " or " + owner + " is null)";
  }
}
