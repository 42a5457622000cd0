package io.parcours.scoring;

import io.parcours.touchpoint.TouchpointRecorded;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.function.Supplier;

/** Adds a new touchpoint's points to its lead's score, before the journey rules look at it. */
@Singleton
class ScoreKeeper {

  static final int PRIORITY = Interceptor.Priority.APPLICATION;

  @Inject ScoringService scoring;
  @Inject PerTransaction cache;

  void on(@Observes @Priority(PRIORITY) TouchpointRecorded recorded) {
    var t = recorded.touchpoint();
    int points = cache.scoring(scoring::load).points(t.type, t.sentiment);
    recorded.lead().score = Scoring.add(recorded.lead().score, points);
  }

  /** The points read once per transaction: a batch of 1000 reads them once. */
  @TransactionScoped
  static class PerTransaction implements Serializable {
    private Scoring scoring;

    Scoring scoring(Supplier<Scoring> load) {
      if (scoring == null) {
        scoring = load.get();
      }
      return scoring;
    }
  }
}
