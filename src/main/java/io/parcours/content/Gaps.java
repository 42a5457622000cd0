package io.parcours.content;

import io.parcours.lead.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Every (persona, stage, required type) of the personas' journeys that no active item covers. */
final class Gaps {

  record Coverage(ContentType type, Set<Stage> stages, Set<UUID> personaIds) {
    boolean covers(UUID persona, Stage stage, ContentType required) {
      return type == required
          && stages.contains(stage)
          && (personaIds.isEmpty() || personaIds.contains(persona));
    }
  }

  record PersonaJourney(UUID personaId, String personaName, JourneyDefinition journey) {}

  private Gaps() {}

  /** In the order given for personas, then journey order of stages, then type order. */
  static List<GapView> find(List<PersonaJourney> personas, List<Coverage> active) {
    List<GapView> gaps = new ArrayList<>();
    for (PersonaJourney p : personas) {
      JourneyDefinition j = p.journey();
      for (Stage stage : j.stages().stream().sorted().toList()) {
        for (ContentType type : j.requiredContent().getOrDefault(stage, List.of())) {
          if (active.stream().noneMatch(c -> c.covers(p.personaId(), stage, type))) {
            gaps.add(new GapView(p.personaId(), p.personaName(), stage, type, j.defaultJourney()));
          }
        }
      }
    }
    return gaps;
  }
}
