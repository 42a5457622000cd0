package io.parcours.imports;

import io.agroal.api.AgroalDataSource;
import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.lead.Cause;
import io.parcours.lead.LeadBulk;
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
 * Runs one import on one connection and in one transaction: COPY into a temporary table, the
 * set-based check, then the lead package's set-based merge and creation, slice by slice. Either
 * every valid row is stored with its history, events and entry effects, or nothing.
 */
@ApplicationScoped
class LeadImportJob {

  @Inject AgroalDataSource dataSource;
  @Inject AppClock clock;
  @Inject LeadBulk leads;

  /** Rows created per statement (see LeadBulk.create). */
  static final int SLICE = 50_000;

  /** The advisory lock a running import holds, of the id given as SQL. */
  static final String LOCK_KEY = "hashtextextended((%s)::text, 0)";

  void run(UUID id, Path file, List<String> columns, Importer importer) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long began = System.nanoTime();
        // Held until the rows commit or roll back: an import RUNNING without it was interrupted.
        try (PreparedStatement s =
            c.prepareStatement("select pg_advisory_xact_lock(" + LOCK_KEY.formatted("?") + ")")) {
          s.setObject(1, id);
          s.execute();
        }
        LeadImport job = progress(id, LeadImport.Status.RUNNING, "COPYING");
        try (Statement s = c.createStatement()) {
          s.execute(ImportSql.CREATE_STAGING);
          for (String setting : ImportSql.SETTINGS) {
            s.execute(setting);
          }
        }
        try (InputStream in = Files.newInputStream(file)) {
          c.unwrap(PGConnection.class).getCopyAPI().copyIn(ImportSql.copy(columns), in);
        }
        // Without statistics the planner takes the file for a few rows and misjudges its joins.
        try (Statement s = c.createStatement()) {
          s.execute("analyze import_row");
        }
        long copied = System.nanoTime();
        progress(id, LeadImport.Status.RUNNING, "WRITING");
        try (Statement s = c.createStatement()) {
          s.execute(ImportSql.CHECK);
          s.execute("create index on import_checked (row_number)");
          s.execute("analyze import_checked");
        }
        if (columns.contains("owner_id")) {
          ImportOwners.refuse(c, importer);
        }
        long checked = System.nanoTime();
        // total, rejected, created, updated, matched (updated or unchanged)
        long[] counts = new long[5];
        try (PreparedStatement s = c.prepareStatement(ImportSql.reject(columns))) {
          s.setObject(1, id);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            counts[0] = r.getLong(1);
            counts[1] = r.getLong(2);
          }
        }
        LeadBulk.Batch batch =
            new LeadBulk.Batch(
                new Actor(job.actorType, job.actorId),
                new Cause(Cause.Type.SYSTEM, id.toString()),
                importer.correlationId());
        long[] merged = leads.merge(c, "import_checked", batch);
        counts[3] = merged[0];
        counts[4] = merged[1];
        for (long first = 1; first <= counts[0]; first += SLICE) {
          counts[2] += leads.create(c, "import_checked", batch, first, first + SLICE - 1);
        }
        long written = System.nanoTime();
        complete(c, id, counts);
        c.commit();
        Log.infof(
            "Import %s: %d rows, %d rejected, %d created, %d updated; copy %d ms, check %d ms,"
                + " write %d ms, commit %d ms",
            id,
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            (copied - began) / 1_000_000,
            (checked - copied) / 1_000_000,
            (written - checked) / 1_000_000,
            (System.nanoTime() - written) / 1_000_000);
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
    // A data error (a file that is not CSV, say) names its line in plain words, which is what the
    // caller needs; anything else stays in the log.
    String state = e instanceof SQLException sql ? sql.getSQLState() : null;
    String message;
    if (state != null && state.startsWith("22")) {
      message = CopyErrors.describe((SQLException) e);
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
