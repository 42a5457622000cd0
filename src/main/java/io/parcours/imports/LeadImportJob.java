package io.parcours.imports;

import io.agroal.api.AgroalDataSource;
import io.parcours.common.AppClock;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Runs one import on one connection and in one transaction: COPY into a temporary table, then the
 * set-based statement. Either every valid row is stored with its history and events, or nothing.
 */
@ApplicationScoped
class LeadImportJob {

  @Inject AgroalDataSource dataSource;
  @Inject AppClock clock;

  void run(UUID id, Path file, List<String> columns) {
    LeadImport job = progress(id, LeadImport.Status.RUNNING, "COPYING");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute(ImportSql.CREATE_STAGING);
        }
        try (InputStream in = Files.newInputStream(file)) {
          c.unwrap(PGConnection.class).getCopyAPI().copyIn(ImportSql.copy(columns), in);
        }
        progress(id, LeadImport.Status.RUNNING, "WRITING");
        long[] counts = new long[7];
        try (PreparedStatement s = c.prepareStatement(ImportSql.IMPORT)) {
          s.setObject(1, id);
          s.setString(2, job.actorType.name());
          s.setString(3, job.actorId);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            for (int i = 0; i < counts.length; i++) {
              counts[i] = r.getLong(i + 1);
            }
          }
        }
        complete(c, id, counts);
        c.commit();
        Log.infof(
            "Import %s: %d rows, %d rejected, %d created, %d updated",
            id, counts[0], counts[1], counts[2], counts[3]);
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException | IOException | RuntimeException e) {
      Log.warnf("Import %s failed: %s", id, e.getMessage());
      fail(id, e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        Log.warnf("Could not delete %s", file);
      }
    }
  }

  /** Finishes the import in the transaction of its rows: its counts are true or absent. */
  private void complete(Connection c, UUID id, long[] counts) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update lead_import set status = 'COMPLETED', phase = null, total_rows = ?,"
                + " rejected_count = ?, created_count = ?, updated_count = ?,"
                + " unchanged_count = ?, finished_at = now() where id = ?")) {
      s.setLong(1, counts[0]);
      s.setLong(2, counts[1]);
      s.setLong(3, counts[2]);
      s.setLong(4, counts[3]);
      s.setLong(5, counts[4] - counts[3]);
      s.setObject(6, id);
      s.executeUpdate();
    }
  }

  private LeadImport progress(UUID id, LeadImport.Status status, String phase) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              LeadImport i = LeadImport.findById(id);
              if (i.startedAt == null) {
                i.startedAt = clock.now();
              }
              i.status = status;
              i.phase = phase;
              return i;
            });
  }

  private void fail(UUID id, Exception e) {
    // A data error (a file that is not CSV, say) names its line, which is what the caller needs;
    // anything else stays in the log.
    String state = e instanceof SQLException sql ? sql.getSQLState() : null;
    String message;
    if (state != null && state.startsWith("22")) {
      message = e.getMessage();
    } else if ("23505".equals(state)) {
      message = "A lead with an email of this file was created meanwhile; upload the file again";
    } else {
      message = "The import failed on the server; nothing was stored";
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              LeadImport i = LeadImport.findById(id);
              i.status = LeadImport.Status.FAILED;
              i.phase = null;
              i.error = message.length() > 1000 ? message.substring(0, 1000) : message;
              i.finishedAt = clock.now();
            });
  }

  /** The header line of the file, for checking its columns before anything runs. */
  static String header(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return r.readLine();
    }
  }
}
