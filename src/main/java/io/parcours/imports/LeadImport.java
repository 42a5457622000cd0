package io.parcours.imports;

import io.parcours.common.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A CSV file of leads being imported in the background, and what became of its rows. */
@Entity
public class LeadImport extends PanacheEntityBase {

  public enum Status {
    RECEIVED,
    RUNNING,
    COMPLETED,
    FAILED
  }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public Status status;

  /** Where a running import is: COPYING, WRITING. */
  public String phase;

  public String fileSha256;
  public String fileName;

  /** The file's columns, in its order: the header of the rejected rows' download. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> columns;

  public Integer totalRows;
  public Integer createdCount;
  public Integer updatedCount;
  public Integer unchangedCount;
  public Integer rejectedCount;
  public String error;

  @Enumerated(EnumType.STRING)
  public Actor.Type actorType;

  public String actorId;
  public Instant createdAt;
  public Instant startedAt;
  public Instant finishedAt;

  /** The import this file already made (unless it failed): uploading it again changes nothing. */
  public static Optional<LeadImport> findSameFile(String sha256) {
    return find("fileSha256 = ?1 and status <> ?2", sha256, Status.FAILED).firstResultOptional();
  }
}
