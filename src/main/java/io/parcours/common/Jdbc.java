package io.parcours.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Plain SQL updates in the caller's transaction, for statements on a hot path: a bulk HQL update is
 * translated again on every call. Inserts and deletes the session still holds are flushed first, so
 * the statement sees them as HQL would.
 */
public final class Jdbc {

  private Jdbc() {}

  /** Runs an update; Instants, UUIDs and enums are bound as PostgreSQL expects them. */
  public static int update(EntityManager em, String sql, Object... params) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    if (session.getActionQueue().hasAnyQueuedActions()) {
      session.flush();
    }
    return session.doReturningWork(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              Object p = params[i];
              if (p instanceof Instant at) {
                s.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
              } else if (p instanceof UUID id) {
                s.setObject(i + 1, id, Types.OTHER);
              } else if (p instanceof Enum<?> e) {
                s.setString(i + 1, e.name());
              } else {
                s.setObject(i + 1, p);
              }
            }
            return s.executeUpdate();
          }
        });
  }
}
