package io.parcours.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What an endpoint requires; roles and API key scopes are sets of these names. */
public final class Permission {

  public static final String LEADS_READ = "leads:read";
  public static final String LEADS_WRITE = "leads:write";
  public static final String PERSONAS_READ = "personas:read";
  public static final String PERSONAS_WRITE = "personas:write";
  public static final String TOUCHPOINTS_READ = "touchpoints:read";
  public static final String TOUCHPOINTS_WRITE = "touchpoints:write";
  public static final String CONTENT_READ = "content:read";
  public static final String CONTENT_WRITE = "content:write";
  public static final String EMAIL_READ = "email:read";
  public static final String EMAIL_WRITE = "email:write";
  public static final String ANALYTICS_READ = "analytics:read";
  public static final String EVENTS_READ = "events:read";
  public static final String WEBHOOKS_ADMIN = "webhooks:admin";
  public static final String IMPORTS_WRITE = "imports:write";
  public static final String JOURNEY_WRITE = "journey:write";
  public static final String SETTINGS_WRITE = "settings:write";
  public static final String USERS_ADMIN = "users:admin";

  /** Everything an API key may be granted: administering people and keys stays with people. */
  public static final Set<String> SCOPES =
      Set.of(
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
          WEBHOOKS_ADMIN,
          IMPORTS_WRITE,
          JOURNEY_WRITE);

  public static final Set<String> ALL = union(SCOPES, Set.of(SETTINGS_WRITE, USERS_ADMIN));

  private Permission() {}

  /** Whether the caller holds the permission, decided as {@code @PermissionsAllowed} decides. */
  public static boolean heldBy(SecurityIdentity identity, String permission) {
    return identity.checkPermissionBlocking(CredentialsProvider.permission(permission));
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  static Set<String> of(String... names) {
    return Arrays.stream(names).collect(Collectors.toUnmodifiableSet());
  }
}
