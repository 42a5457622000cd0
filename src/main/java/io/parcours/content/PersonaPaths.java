package io.parcours.content;

import io.parcours.lead.Stage;
import io.parcours.lead.StagePath;
import io.parcours.lead.StagePaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The personas' stage paths, read from their journeys in one query and kept: a stage change asks no
 * database. A change made here applies at once; one made by another instance, within
 * parcours.content.journey-refresh.
 */
@ApplicationScoped
class PersonaPaths implements StagePaths {

  @Inject ContentSettings settings;

  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  private record Snapshot(Map<UUID, StagePath> paths, long loadedAt, long generation) {}

  @Override
  public StagePath of(UUID personaId) {
    return personaId == null
        ? StagePath.ALL
        : current().paths().getOrDefault(personaId, StagePath.ALL);
  }

  /** After the change commits, so that no reader caches what it replaced. */
  void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonaJourneyChanged change) {
    generation.incrementAndGet();
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    long now = System.nanoTime();
    if (s != null
        && s.generation() == generation.get()
        && now - s.loadedAt() < settings.journeyRefresh().toNanos()) {
      return s;
    }
    // Kept under the generation seen before the query: a change committed meanwhile makes the
    // next caller read again.
    long seen = generation.get();
    Snapshot fresh = new Snapshot(load(), now, seen);
    snapshot = fresh;
    return fresh;
  }

  private static Map<UUID, StagePath> load() {
    Map<UUID, StagePath> paths = new HashMap<>();
    for (PersonaJourney j : PersonaJourney.<PersonaJourney>listAll()) {
      paths.put(j.personaId, path(j.stages, j.thresholds));
    }
    return paths;
  }

  static StagePath path(List<String> stages, Map<String, Integer> thresholds) {
    Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
    thresholds.forEach((s, v) -> limits.put(Stage.valueOf(s), v));
    return new StagePath(stages.stream().map(Stage::valueOf).collect(Collectors.toSet()), limits);
  }
}
