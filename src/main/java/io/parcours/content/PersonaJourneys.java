package io.parcours.content;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.lead.Stage;
import io.parcours.persona.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The journey each persona follows: its own definition, or the default one. */
@ApplicationScoped
public class PersonaJourneys {

  @Inject AppClock clock;
  @Inject StageContentTypes stageTypes;
  @Inject Event<PersonaJourneyChanged> changes;

  /** The persona's journey; the default journey for a persona without one, or for none. */
  public JourneyDefinition of(UUID personaId) {
    PersonaJourney own = personaId == null ? null : PersonaJourney.findById(personaId);
    return own == null ? byDefault(personaId, stageTypes.all()) : from(own);
  }

  JourneyDefinition byDefault(UUID personaId, Map<Stage, List<ContentType>> defaults) {
    List<Stage> stages = Arrays.stream(Stage.values()).filter(s -> s != Stage.LOST).toList();
    return new JourneyDefinition(personaId, true, stages, defaults, Map.of(), 0);
  }

  @Transactional
  public JourneyDefinition put(UUID personaId, String ifMatch, JourneyRequest r) {
    if (Persona.findById(personaId) == null) {
      throw Problem.notFound("Persona", personaId);
    }
    List<Stage> stages = r.stages().stream().distinct().sorted().toList();
    if (stages.contains(Stage.LOST)) {
      throw Problem.invalid("stages", "LOST is outside every journey");
    }
    Map<Stage, List<ContentType>> given =
        r.requiredContent() == null ? Map.of() : r.requiredContent();
    Map<Stage, Integer> thresholds = r.thresholds() == null ? Map.of() : r.thresholds();
    outside(given.keySet(), stages, "requiredContent");
    outside(thresholds.keySet(), stages, "thresholds");
    Map<Stage, List<ContentType>> defaults = stageTypes.all();
    PersonaJourney j = PersonaJourney.findById(personaId);
    if (j == null) {
      j = new PersonaJourney();
      j.personaId = personaId;
    } else {
      ETags.require(ifMatch, j.version);
    }
    j.stages = stages.stream().map(Stage::name).toList();
    Map<String, List<String>> required = new LinkedHashMap<>();
    for (Stage s : stages) {
      List<ContentType> types = given.containsKey(s) ? given.get(s) : defaults.get(s);
      required.put(s.name(), types.stream().distinct().sorted().map(Enum::name).toList());
    }
    j.requiredContent = required;
    Map<String, Integer> limits = new LinkedHashMap<>();
    thresholds.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> limits.put(e.getKey().name(), e.getValue()));
    j.thresholds = limits;
    j.updatedAt = clock.now();
    j.persist();
    PersonaJourney.flush();
    changes.fire(new PersonaJourneyChanged(personaId));
    return from(j);
  }

  /** Back to the default journey. */
  @Transactional
  public void reset(UUID personaId) {
    if (Persona.findById(personaId) == null) {
      throw Problem.notFound("Persona", personaId);
    }
    PersonaJourney.deleteById(personaId);
    changes.fire(new PersonaJourneyChanged(personaId));
  }

  private static void outside(java.util.Set<Stage> keys, List<Stage> stages, String field) {
    keys.stream()
        .filter(s -> !stages.contains(s))
        .findFirst()
        .ifPresent(
            s -> {
              throw Problem.invalid(field, s + " is not one of the journey's stages");
            });
  }

  private static JourneyDefinition from(PersonaJourney j) {
    Map<Stage, List<ContentType>> required = new EnumMap<>(Stage.class);
    j.requiredContent.forEach(
        (s, types) ->
            required.put(Stage.valueOf(s), types.stream().map(ContentType::valueOf).toList()));
    Map<Stage, Integer> thresholds = new EnumMap<>(Stage.class);
    j.thresholds.forEach((s, v) -> thresholds.put(Stage.valueOf(s), v));
    return new JourneyDefinition(
        j.personaId,
        false,
        j.stages.stream().map(Stage::valueOf).toList(),
        required,
        thresholds,
        j.version);
  }
}
