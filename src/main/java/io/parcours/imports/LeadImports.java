package io.parcours.imports;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Receives CSV files and runs their imports in the background, one at a time per instance. */
@ApplicationScoped
public class LeadImports {

  @Inject AppClock clock;
  @Inject LeadImportJob job;

  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  @PreDestroy
  void stop() {
    worker.shutdown();
  }

  /** The import, and whether this upload started it (false: the same file was imported before). */
  public record Started(LeadImport leadImport, boolean fresh) {}

  /** Stores the upload on disk while hashing it, checks its header, then queues the import. */
  Started receive(InputStream body, String fileName, Importer importer) throws IOException {
    Path file = Files.createTempFile("lead-import-", ".csv");
    try {
      String sha256 = copy(body, file);
      List<String> columns = ImportColumns.parse(LeadImportJob.header(file));
      Started started = register(sha256, fileName, columns, importer.actor());
      if (started.fresh()) {
        UUID id = started.leadImport().id;
        worker.submit(() -> job.run(id, file, columns, importer));
      } else {
        Files.deleteIfExists(file);
      }
      return started;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  @Transactional
  Started register(String sha256, String fileName, List<String> columns, Actor actor) {
    var same = LeadImport.findSameFile(sha256);
    if (same.isPresent()) {
      return new Started(same.get(), false);
    }
    LeadImport i = new LeadImport();
    i.id = UUID.randomUUID();
    i.status = LeadImport.Status.RECEIVED;
    i.fileSha256 = sha256;
    i.fileName = fileName;
    i.columns = List.copyOf(columns);
    i.actorType = actor.type();
    i.actorId = actor.id();
    i.createdAt = clock.now();
    i.persist();
    return new Started(i, true);
  }

  public LeadImport get(UUID id) {
    return LeadImport.<LeadImport>findByIdOptional(id)
        .orElseThrow(() -> Problem.notFound("Import", id));
  }

  /** Rejected rows in file order, after the row the cursor names. */
  public Page<RowError> errors(UUID id, String cursor, int limit) {
    get(id);
    int after;
    try {
      after = cursor == null ? 0 : Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      throw Problem.badRequest("The cursor is not valid").with("parameter", "cursor");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        LeadImport.getEntityManager()
            .createNativeQuery(
                "select row_number, email, message from lead_import_error"
                    + " where import_id = ?1 and row_number > ?2 order by row_number")
            .setParameter(1, id)
            .setParameter(2, after)
            .setMaxResults(limit + 1)
            .getResultList();
    return Page.of(
        rows,
        limit,
        r -> r[0].toString(),
        r -> new RowError(((Number) r[0]).intValue(), (String) r[1], (String) r[2]));
  }

  private static String copy(InputStream body, Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (OutputStream out =
        new Utf8Check(new DigestOutputStream(Files.newOutputStream(file), sha))) {
      body.transferTo(out);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
