package io.parcours.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The settings in force, as every feature reads them: the database's values over the environment's.
 * Each instance keeps what it read for {@code parcours.settings.refresh} (2 s) and then reads the
 * one row again, so that a change made on any instance applies on all of them within that time,
 * without a restart; the instance that made it applies it at once.
 */
@ApplicationScoped
public class Settings {

  @Inject SettingDefaults defaults;
  @Inject DataSource dataSource;
  @Inject ObjectMapper json;

  record Stored(SettingsValues overrides, long version, Instant updatedAt, String updatedBy) {}

  private record Snapshot(Stored stored, SettingsValues values, long readAt) {}

  private volatile Snapshot snapshot;

  public int emailWeeklyCap() {
    return current().emailWeeklyCap();
  }

  public Duration stalledAfter() {
    return Duration.ofDays(current().stalledAfterDays());
  }

  public double abMinimumDetectableEffect() {
    return current().abMinimumDetectableEffect();
  }

  public double abAlpha() {
    return current().abAlpha();
  }

  public double abPower() {
    return current().abPower();
  }

  public int analyticsDefaultPeriodDays() {
    return current().analyticsDefaultPeriodDays();
  }

  public int analyticsAdvanceWithinDays() {
    return current().analyticsAdvanceWithinDays();
  }

  SettingsValues defaults() {
    return defaults.values();
  }

  SettingsValues current() {
    return snapshot().values();
  }

  Stored stored() {
    return snapshot().stored();
  }

  /** Forgets what was read, so that the next reading sees a change made here at once. */
  void forget() {
    snapshot = null;
  }

  private Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s == null || System.nanoTime() - s.readAt() > defaults.refresh().toNanos()) {
      Stored stored = read();
      s = new Snapshot(stored, stored.overrides().or(defaults.values()), System.nanoTime());
      snapshot = s;
    }
    return s;
  }

  private Stored read() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select overrides::text, version, updated_at, updated_by from app_settings");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return new Stored(SettingsValues.NONE, 0, null, null);
      }
      java.sql.Timestamp at = rs.getTimestamp(3);
      return new Stored(
          json.readValue(rs.getString(1), SettingsValues.class),
          rs.getLong(2),
          at == null ? null : at.toInstant(),
          rs.getString(4));
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot read the settings", e);
    }
  }
}
