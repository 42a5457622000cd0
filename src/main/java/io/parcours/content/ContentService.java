package io.parcours.content;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.lead.Stage;
import io.parcours.persona.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContentService {

  @Inject AppClock clock;
  @Inject StageContentTypes stageTypes;

  public ContentItem get(UUID id) {
    return ContentItem.<ContentItem>findByIdOptional(id)
        .orElseThrow(() -> Problem.notFound("Content item", id));
  }

  @Transactional
  public ContentItem create(ContentRequest request) {
    ContentItem item = new ContentItem();
    item.id = UUID.randomUUID();
    item.createdAt = clock.now();
    apply(item, request);
    item.persist();
    return item;
  }

  @Transactional
  public ContentItem replace(UUID id, String ifMatch, ContentRequest request) {
    ContentItem item = get(id);
    ETags.require(ifMatch, item.version);
    apply(item, request);
    ContentItem.flush();
    return item;
  }

  /** Refused once the item was given to a lead: its history would lose its subject. */
  @Transactional
  public void delete(UUID id) {
    ContentItem item = get(id);
    long given = ContentAssignment.count("contentId", id);
    if (given > 0) {
      throw Problem.conflict(
              "The item was given to " + given + " leads; deactivate it instead of deleting it")
          .with("assignmentCount", given);
    }
    item.delete();
  }

  private void apply(ContentItem item, ContentRequest r) {
    List<Stage> stages =
        r.stages() == null || r.stages().isEmpty() ? stageTypes.stagesOf(r.type()) : r.stages();
    if (stages.isEmpty()) {
      throw Problem.invalid("stages", "no stage uses type " + r.type() + "; name the stages");
    }
    if (stages.contains(Stage.LOST)) {
      throw Problem.invalid("stages", "content cannot serve LOST");
    }
    List<UUID> personas =
        r.personaIds() == null ? List.of() : r.personaIds().stream().distinct().toList();
    for (UUID persona : personas) {
      if (Persona.findById(persona) == null) {
        throw Problem.invalid("personaIds", "no persona has id " + persona);
      }
    }
    item.title = r.title().strip();
    item.type = r.type();
    item.stages = stages.stream().distinct().sorted().map(Stage::name).toList();
    item.personaIds = personas;
    item.url = r.url();
    item.summary = r.summary();
    item.locale = r.locale();
    item.active = r.active() == null || r.active();
    item.variantGroup = r.variantGroup();
    item.variantWeight = r.variantWeight() == null ? 1 : r.variantWeight();
    item.updatedAt = clock.now();
  }
}
