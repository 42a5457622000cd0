package io.parcours.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Plain SQL in the caller's transaction, for set-based statements, reports and hot paths (a bulk
 * HQL update is translated again on every call). Parameters are bound as PostgreSQL expects them:
 * Instants as UTC timestamps, UUIDs, enums by name, arrays of text, UUIDs and bigints.
 */
public final class Jdbc {

  /** Reads one row of a result. */
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Jdbc() {}

  /**
   * Runs an update. Inserts and deletes the session still holds are flushed first, so the statement
   * sees them as HQL would.
   */
  public static int update(EntityManager em, String sql, Object... params) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    if (session.getActionQueue().hasAnyQueuedActions()) {
      session.flush();
    }
    return execute(em, sql, params);
  }

  /** Runs an update as it is, nothing flushed: for tables the session holds nothing of. */
  public static int execute(EntityManager em, String sql, Object... params) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                return s.executeUpdate();
              }
            });
  }

  /** Runs a query, nothing flushed, and maps each row. */
  public static <T> List<T> query(EntityManager em, String sql, List<?> params, Row<T> row) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params.toArray());
                List<T> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                  while (rs.next()) {
                    out.add(row.map(rs));
                  }
                }
                return out;
              }
            });
  }

  /** Binds the parameters in order, from the first placeholder on. */
  public static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      bind(s, i + 1, params[i]);
    }
  }

  private static void bind(PreparedStatement s, int i, Object p) throws SQLException {
    if (p instanceof Instant at) {
      s.setObject(i, utc(at));
    } else if (p instanceof UUID id) {
      s.setObject(i, id, Types.OTHER);
    } else if (p instanceof Enum<?> e) {
      s.setString(i, e.name());
    } else if (p instanceof String[] texts) {
      s.setArray(i, s.getConnection().createArrayOf("text", texts));
    } else if (p instanceof UUID[] ids) {
      s.setArray(i, s.getConnection().createArrayOf("uuid", ids));
    } else if (p instanceof Long[] longs) {
      s.setArray(i, s.getConnection().createArrayOf("bigint", longs));
    } else {
      s.setObject(i, p);
    }
  }

  /** An instant as a timestamp with time zone, in UTC. */
  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** A timestamp with time zone column as an instant; null stays null. */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
