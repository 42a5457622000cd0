package io.parcours.content;

import io.parcours.lead.Stage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journey a persona follows: the stages that apply to it, the content types each stage
 * requires, and the score at which a lead of the persona is ready for the next stage.
 */
public record JourneyDefinition(
    UUID personaId,
    boolean defaultJourney,
    List<Stage> stages,
    Map<Stage, List<ContentType>> requiredContent,
    Map<Stage, Integer> thresholds,
    long version) {}
