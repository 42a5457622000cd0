package io.parcours.imports;

import java.time.Instant;
import java.util.UUID;

/** An import's progress; rejected rows are listed at /api/imports/{id}/errors. */
public record ImportView(
    UUID id,
    LeadImport.Status status,
    String phase,
    String fileName,
    Integer totalRows,
    Integer created,
    Integer updated,
    Integer unchanged,
    Integer rejected,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  static ImportView from(LeadImport i) {
    return new ImportView(
        i.id,
        i.status,
        i.phase,
        i.fileName,
        i.totalRows,
        i.createdCount,
        i.updatedCount,
        i.unchangedCount,
        i.rejectedCount,
        i.error,
        i.createdAt,
        i.startedAt,
        i.finishedAt);
  }
}
