package io.parcours.security;

import static io.parcours.security.Permission.ANALYTICS_READ;
import static io.parcours.security.Permission.CONTENT_READ;
import static io.parcours.security.Permission.CONTENT_WRITE;
import static io.parcours.security.Permission.EMAIL_READ;
import static io.parcours.security.Permission.EMAIL_WRITE;
import static io.parcours.security.Permission.EVENTS_READ;
import static io.parcours.security.Permission.IMPORTS_WRITE;
import static io.parcours.security.Permission.LEADS_READ;
import static io.parcours.security.Permission.LEADS_WRITE;
import static io.parcours.security.Permission.PERSONAS_READ;
import static io.parcours.security.Permission.PERSONAS_WRITE;
import static io.parcours.security.Permission.TOUCHPOINTS_READ;
import static io.parcours.security.Permission.TOUCHPOINTS_WRITE;

import java.util.Set;

/** The people who use Parcours and what each may do: the one place of the role matrix. */
public enum Role {
  ADMIN(Permission.ALL),
  MARKETING(
      Permission.of(
          LEADS_READ,
          LEADS_WRITE,
          PERSONAS_READ,
          PERSONAS_WRITE,
          TOUCHPOINTS_READ,
          TOUCHPOINTS_WRITE,
          CONTENT_READ,
          CONTENT_WRITE,
          EMAIL_READ,
          EMAIL_WRITE,
          ANALYTICS_READ,
          EVENTS_READ,
          IMPORTS_WRITE,
          Permission.JOURNEY_WRITE)),
  SALES(
      Permission.of(
          LEADS_READ,
          LEADS_WRITE,
          PERSONAS_READ,
          TOUCHPOINTS_READ,
          TOUCHPOINTS_WRITE,
          CONTENT_READ,
          EMAIL_READ));

  private final Set<String> permissions;

  Role(Set<String> permissions) {
    this.permissions = permissions;
  }

  public Set<String> permissions() {
    return permissions;
  }
}
