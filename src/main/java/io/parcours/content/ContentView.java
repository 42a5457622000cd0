package io.parcours.content;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ContentView(
    UUID id,
    String title,
    ContentType type,
    List<Stage> stages,
    List<UUID> personaIds,
    String url,
    String summary,
    String locale,
    boolean active,
    String variantGroup,
    int variantWeight,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static ContentView from(ContentItem c) {
    return new ContentView(
        c.id,
        c.title,
        c.type,
        c.stageList(),
        c.personaIds,
        c.url,
        c.summary,
        c.locale,
        c.active,
        c.variantGroup,
        c.variantWeight,
        c.createdAt,
        c.updatedAt,
        c.version);
  }
}
