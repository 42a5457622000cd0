package io.parcours.content;

import io.parcours.lead.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An item of the content library: what it is, which stages and personas it serves. */
@Entity
public class ContentItem extends PanacheEntityBase {

  @Id public UUID id;
  public String title;

  @Enumerated(EnumType.STRING)
  public ContentType type;

  /** Stage names; stored as text so that the array maps plainly. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> stages;

  /** Empty: every persona. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<UUID> personaIds;

  public String url;
  public String summary;

  /** Null: any locale. */
  public String locale;

  public boolean active;
  public String variantGroup;
  public int variantWeight;
  public Instant createdAt;
  public Instant updatedAt;
  @Version public long version;

  public List<Stage> stageList() {
    return stages.stream().map(Stage::valueOf).toList();
  }

  public static List<ContentItem> findActive() {
    return list("active = true");
  }
}
