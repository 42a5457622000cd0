package io.parcours.automation;

import io.parcours.lead.Stage;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record JourneyRuleView(
    UUID id,
    String name,
    TouchpointType touchpointType,
    Sentiment sentiment,
    int minOccurrences,
    Integer minScore,
    List<Stage> fromStages,
    Stage targetStage,
    boolean active,
    int priority,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static JourneyRuleView from(JourneyRule r) {
    return new JourneyRuleView(
        r.id,
        r.name,
        r.touchpointType,
        r.sentiment,
        r.minOccurrences,
        r.minScore,
        r.fromStages.stream().map(Stage::valueOf).toList(),
        r.targetStage,
        r.active,
        r.priority,
        r.createdAt,
        r.updatedAt,
        r.version);
  }
}
