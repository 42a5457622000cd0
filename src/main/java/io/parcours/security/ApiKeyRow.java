package io.parcours.security;

import io.parcours.common.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** What authentication reads of an API key, read and touched without a transaction. */
record ApiKeyRow(
    UUID id,
    String prefix,
    String secretHash,
    List<String> scopes,
    Long requestsPerMinute,
    Instant lastUsedAt,
    Instant revokedAt) {

  private static final String FIND =
      "select id, secret_hash, scopes, requests_per_minute, last_used_at, revoked_at"
          + " from api_key where prefix = ?";
  private static final String USED =
      "update api_key set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)";

  static Optional<ApiKeyRow> find(DataSource ds, String prefix) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(FIND)) {
      Jdbc.bind(s, prefix);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long limit = rs.getLong(4);
        boolean unlimited = rs.wasNull();
        return Optional.of(
            new ApiKeyRow(
                rs.getObject(1, UUID.class),
                prefix,
                rs.getString(2),
                Arrays.asList((String[]) rs.getArray(3).getArray()),
                unlimited ? null : limit,
                Jdbc.instant(rs, 5),
                Jdbc.instant(rs, 6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("API key lookup failed", e);
    }
  }

  static void used(DataSource ds, UUID id, Instant now) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(USED)) {
      Jdbc.bind(s, now, id, now);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("API key use could not be recorded", e);
    }
  }
}
