package io.parcours.security;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class Users {

  @Inject AppClock clock;
  @Inject Sessions sessions;
  @Inject LoginThrottle throttle;

  public User get(UUID id) {
    return User.<User>findByIdOptional(id).orElseThrow(() -> Problem.notFound("User", id));
  }

  @Transactional
  public User create(UserRequest r) {
    PasswordRules.check(r.password(), r.email());
    User.findByEmail(r.email())
        .ifPresent(
            existing -> {
              throw Problem.conflict("A user with this email already exists")
                  .with("existingId", existing.id);
            });
    User user = new User();
    user.id = UUID.randomUUID();
    user.email = r.email().strip();
    user.name = r.name().strip();
    user.role = r.role();
    user.passwordHash = Passwords.hash(r.password());
    user.active = true;
    user.createdAt = clock.now();
    user.updatedAt = user.createdAt;
    user.persist();
    return user;
  }

  /**
   * A deactivated user or a new password ends the user's sessions; a deactivated user's API keys
   * are revoked. The last active administrator stays one.
   */
  @Transactional
  public User change(UUID id, String ifMatch, UserChange c) {
    User user = get(id);
    ETags.require(ifMatch, user.version);
    if (c.password() != null) {
      PasswordRules.check(c.password(), user.email);
    }
    if (user.role == Role.ADMIN
        && user.active
        && ((c.role() != null && c.role() != Role.ADMIN) || Boolean.FALSE.equals(c.active()))) {
      requireAnotherAdmin();
    }
    if (c.name() != null) user.name = c.name().strip();
    if (c.role() != null) user.role = c.role();
    if (c.active() != null) user.active = c.active();
    if (c.password() != null) user.passwordHash = Passwords.hash(c.password());
    user.updatedAt = clock.now();
    if (Boolean.FALSE.equals(c.active()) || c.password() != null || c.role() != null) {
      sessions.closeAll(user.id);
    }
    if (Boolean.FALSE.equals(c.active())) {
      ApiKey.update(
          "revokedAt = ?1 where createdBy = ?2 and revokedAt is null", user.updatedAt, user.id);
    }
    User.flush();
    return user;
  }

  /** Locks every active administrator row, so that two demotions at once cannot both pass. */
  private static void requireAnotherAdmin() {
    long admins =
        User.find("role = ?1 and active = true", Role.ADMIN)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list()
            .size();
    if (admins <= 1) {
      throw Problem.conflict("At least one active administrator must remain");
    }
  }

  public void unlock(UUID id) {
    throttle.forget(get(id).email);
  }
}
