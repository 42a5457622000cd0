package io.parcours.lead;

import io.parcours.security.User;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may give a lead to whom, for a create, a patch, an upsert and an import alike. Admins and
 * systems give leads to anyone; a salesperson hands over his own leads and takes unassigned ones;
 * anyone else leaves the owner as it is. A new owner is an active user.
 */
public final class OwnerRule {

  public static final String NOT_ALLOWED =
      "only an admin or the lead's owner can give the lead to someone else";
  public static final String NOT_ACTIVE = "no active user has this id";

  private OwnerRule() {}

  /** Why the owner may not go from current to wanted; null when it may. */
  public static String refusal(UUID current, UUID wanted, UUID me, boolean reassigns) {
    if (Objects.equals(current, wanted)) {
      return null;
    }
    boolean handsOver = me != null && me.equals(current);
    boolean takes = me != null && current == null && me.equals(wanted);
    if (!reassigns && !handsOver && !takes) {
      return NOT_ALLOWED;
    }
    if (wanted != null && User.<User>findByIdOptional(wanted).filter(u -> u.active).isEmpty()) {
      return NOT_ACTIVE;
    }
    return null;
  }
}
