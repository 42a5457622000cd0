package io.parcours.lead;

import java.util.UUID;

/** Where the stage path of a persona comes from; kept with the personas' journey definitions. */
public interface StagePaths {

  /** The persona's path; {@link StagePath#ALL} for a persona without a journey, or for none. */
  StagePath of(UUID personaId);

  /** The path of this lead's persona. */
  default StagePath of(Lead lead) {
    return of(lead.persona == null ? null : lead.persona.id);
  }
}
