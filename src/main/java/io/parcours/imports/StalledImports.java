package io.parcours.imports;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Fails the imports left RUNNING by an instance that stopped: a running import holds its advisory
 * lock (see LeadImportJob) until its transaction ends, so one whose lock is free has no one to
 * finish it. Its rows were written in that transaction, so nothing of it was stored; its file was a
 * temporary file of the instance, so it cannot be resumed and must be uploaded again.
 */
@ApplicationScoped
class StalledImports {

  static final String STOPPED =
      "The service stopped during the import; nothing was stored; upload the file again";

  @Inject EntityManager em;

  @Scheduled(
      every = "{parcours.imports.stalled-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    fail();
  }

  /** How many were marked FAILED. */
  @Transactional
  int fail() {
    int failed =
        em.createNativeQuery(
                "update lead_import set status = 'FAILED', phase = null, error = ?1,"
                    + " finished_at = now() where status = 'RUNNING'"
                    + " and pg_try_advisory_xact_lock("
                    + LeadImportJob.LOCK_KEY.formatted("id")
                    + ")")
            .setParameter(1, STOPPED)
            .executeUpdate();
    if (failed > 0) {
      Log.warnf("%d import(s) left running by a stopped instance marked FAILED", failed);
    }
    return failed;
  }
}
