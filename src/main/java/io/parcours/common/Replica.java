package io.parcours.common;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Reads that may lag a little (reports, search, board counts, exports) go to the read replica when
 * one is configured, is up and replays within the allowed lag; otherwise, and always when none is
 * configured, to the primary. Reads that must see the caller's own writes never come here.
 */
@ApplicationScoped
public class Replica {

  @ConfigMapping(prefix = "parcours.read")
  public interface Settings {
    /** The replica's host (DB_READ_HOST); none means every read goes to the primary. */
    Optional<String> host();

    /** Beyond this replay lag, reads go to the primary. */
    Duration maxLag();
  }

  private static final String STATE =
      "select pg_is_in_recovery(), pg_last_xact_replay_timestamp(),"
          + " case when not pg_is_in_recovery()"
          + " or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
          + " else extract(epoch from now() - pg_last_xact_replay_timestamp()) end";

  @Inject
  @DataSource("read")
  AgroalDataSource source;

  @Inject SessionFactory sessions;
  @Inject EntityManager em;
  @Inject Settings settings;
  @Inject ReadFreshness freshness;
  @Inject MeterRegistry registry;

  /** Runs a read on the replica or the primary, whichever may serve it now. */
  public <T> T read(Function<EntityManager, T> work) {
    try (Reader reader = open()) {
      return work.apply(reader.em());
    }
  }

  public <T> List<T> query(String sql, List<?> params, Jdbc.Row<T> row) {
    return read(db -> Jdbc.query(db, sql, params, row));
  }

  /**
   * A reader to close when done; on the replica it holds one read-only snapshot. For streamed
   * answers, opened before the headers go out and closed once the body is written.
   */
  public Reader open() {
    boolean inRequest = Arc.container().requestContext().isActive();
    if (settings.host().isEmpty() || (inRequest && freshness.fellBack())) {
      return primary(inRequest);
    }
    Connection c = null;
    try {
      c = source.getConnection();
      c.setAutoCommit(false);
      c.setReadOnly(true);
      Instant replayedAt;
      double lag;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(STATE)) {
        r.next();
        replayedAt = Jdbc.instant(r, 2);
        lag = r.getDouble(3);
      }
      if (lag * 1000 > settings.maxLag().toMillis()) {
        close(c);
        return fallBack("lagging", inRequest);
      }
      Session session = sessions.withOptions().connection(c).openSession();
      session.setDefaultReadOnly(true);
      session.setHibernateFlushMode(FlushMode.MANUAL);
      if (inRequest) {
        freshness.replica(replayedAt);
      }
      Connection held = c;
      return new Reader(
          session,
          false,
          () -> {
            session.close();
            close(held);
          });
    } catch (SQLException | RuntimeException e) {
      Log.debugf(e, "read replica unavailable");
      close(c);
      return fallBack("unavailable", inRequest);
    }
  }

  private Reader fallBack(String reason, boolean inRequest) {
    registry.counter("parcours.replica.fallbacks", "reason", reason).increment();
    if (inRequest) {
      freshness.fellBack(true);
    }
    return primary(inRequest);
  }

  private Reader primary(boolean inRequest) {
    if (inRequest) {
      freshness.primary();
    }
    return new Reader(em, true, () -> {});
  }

  private static void close(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.rollback();
    } catch (SQLException e) {
      Log.debug("rollback on the read replica failed", e);
    }
    try {
      c.close();
    } catch (SQLException e) {
      Log.debug("closing a read replica connection failed", e);
    }
  }

  /** Where a read runs; {@code primary} says whether it is the caller's own database session. */
  public record Reader(EntityManager em, boolean primary, Runnable closer)
      implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }
}
