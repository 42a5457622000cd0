package io.parcours.journeys;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.TouchpointType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record JourneyView(
    UUID id,
    String name,
    Stage entryStage,
    TouchpointType entryTouchpoint,
    UUID personaId,
    Reentry reentry,
    List<JourneyStep> steps,
    List<TouchpointType> exitTouchpoints,
    List<Stage> exitStages,
    boolean exitOnBounce,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String entrySilence,
    DateEntry entryDate) {

  static JourneyView from(Journey j) {
    return new JourneyView(
        j.id,
        j.name,
        j.entryStage,
        j.entryTouchpoint,
        j.personaId,
        j.reentry,
        j.steps,
        j.exitTouchpoints.stream().map(TouchpointType::valueOf).toList(),
        j.exitStages.stream().map(Stage::valueOf).toList(),
        j.exitOnBounce,
        j.active,
        j.createdAt,
        j.updatedAt,
        j.version,
        j.entrySilence,
        j.entryDate);
  }
}
