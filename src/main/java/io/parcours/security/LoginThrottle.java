package io.parcours.security;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.common.Problem;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Failed logins, counted per account and per client address in the database. Past a few failures
 * each one doubles the wait before the next attempt; an account is then locked until an
 * administrator unlocks it or the lockout ends. A refused attempt costs one query, no bcrypt.
 */
@ApplicationScoped
class LoginThrottle {

  @ConfigMapping(prefix = "parcours.login")
  interface Settings {
    int accountFreeFailures();

    int addressFreeFailures();

    Duration delay();

    Duration maxDelay();

    int lockoutAfter();

    Duration lockout();

    /** A failure older than this no longer counts. */
    Duration forgetAfter();

    /** Read by PasswordTurns. */
    int concurrentChecks();

    Duration checkWait();
  }

  private static final String READ =
      "select key, failures, blocked_until from login_throttle where key in (?, ?)";
  private static final String FAIL =
      "insert into login_throttle as t (key, failures, last_failure_at) values (?, 1, ?)"
          + " on conflict (key) do update set last_failure_at = excluded.last_failure_at,"
          + " failures = case when t.last_failure_at < ? then 1 else t.failures + 1 end"
          + " returning failures";
  private static final String BLOCK = "update login_throttle set blocked_until = ? where key = ?";
  private static final String PURGE =
      "delete from login_throttle where last_failure_at < ?"
          + " and (blocked_until is null or blocked_until < ?)";
  private static final String FORGET = "delete from login_throttle where key = ?";

  @Inject Settings settings;
  @Inject DataSource dataSource;
  @Inject AppClock clock;

  /** Refuses with 429 while the account or the address must wait. */
  void check(String email, String address) {
    Instant now = clock.now();
    Instant until = null;
    boolean locked = false;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(READ)) {
      s.setString(1, account(email));
      s.setString(2, address(address));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Instant blocked = Jdbc.instant(rs, 3);
          if (blocked != null && blocked.isAfter(now)) {
            until = until == null || blocked.isAfter(until) ? blocked : until;
            locked |=
                rs.getString(1).startsWith("account:") && rs.getInt(2) >= settings.lockoutAfter();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Login throttle unreadable", e);
    }
    if (until != null) {
      long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
      throw new Problem(
              429,
              "Too many requests",
              locked
                  ? "Too many failed logins: the account is locked until an administrator unlocks it"
                      + " or the lockout ends"
                  : "Too many failed logins; retry after the given delay")
          .with("retryAfterSeconds", seconds);
    }
  }

  void failed(String email, String address) {
    Instant now = clock.now();
    try (Connection c = dataSource.getConnection()) {
      int forAccount = fail(c, account(email), now);
      Instant accountUntil =
          forAccount >= settings.lockoutAfter()
              ? now.plus(settings.lockout())
              : wait(now, forAccount, settings.accountFreeFailures());
      block(c, account(email), accountUntil);
      int forAddress = fail(c, address(address), now);
      block(c, address(address), wait(now, forAddress, settings.addressFreeFailures()));
    } catch (SQLException e) {
      throw new IllegalStateException("Login failure not recorded", e);
    }
  }

  /** A successful login, or an administrator's unlock, clears the account's failures. */
  void forget(String email) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(FORGET)) {
      s.setString(1, account(email));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Login failures not cleared", e);
    }
  }

  /** Failures no longer counted, unless they still hold a lockout. */
  void purge() {
    Instant now = clock.now();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(PURGE)) {
      Jdbc.bind(s, now.minus(settings.forgetAfter()), now);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Login failures not purged", e);
    }
  }

  /** After the free failures, 1, 2, 4 ... times the delay, up to the maximum. */
  private Instant wait(Instant now, int failures, int free) {
    if (failures < free) {
      return null;
    }
    int doublings = Math.min(failures - free, 30);
    Duration wait = settings.delay().multipliedBy(1L << doublings);
    return now.plus(wait.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : wait);
  }

  private int fail(Connection c, String key, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(FAIL)) {
      Jdbc.bind(s, key, now, now.minus(settings.forgetAfter()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void block(Connection c, String key, Instant until) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(BLOCK)) {
      Jdbc.bind(s, until, key);
      s.executeUpdate();
    }
  }

  /** Whether the account exists or not, it is counted the same way. */
  private static String account(String email) {
    return "account:" + Tokens.sha256(email.strip().toLowerCase(Locale.ROOT));
  }

  private static String address(String address) {
    return "address:" + address;
  }
}
