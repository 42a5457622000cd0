package io.parcours.automation;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.lead.Cause;
import io.parcours.lead.Lead;
import io.parcours.lead.Stage;
import io.parcours.lead.StagePath;
import io.parcours.lead.StagePaths;
import io.parcours.lead.StageService;
import io.parcours.touchpoint.Touchpoint;
import io.parcours.touchpoint.TouchpointRecorded;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a new touchpoint sets off, in its transaction: its points are added to the lead's score,
 * then the transition rules decide on the new score, along the path of the lead's persona.
 */
@Singleton
class Automation {

  @Inject ScoringService scoring;
  @Inject StageService stages;
  @Inject StagePaths paths;
  @Inject PerTransaction cache;
  @Inject AppClock clock;

  void on(@Observes TouchpointRecorded recorded) {
    Lead lead = recorded.lead();
    Touchpoint t = recorded.touchpoint();
    int points = cache.scoring(scoring::load).points(t.type, t.sentiment);
    if (points != 0) {
      lead.score = Scoring.add(lead.score, points);
      lead.updatedAt = clock.now(); // a changed score is a change a sync must see
    }
    StagePath path = paths.of(lead);
    List<Stage> loop = Loop.moves(path, lead.stage, t.type, t.sentiment);
    loop.forEach(to -> loop(lead, t, to));
    if (loop.contains(Stage.CUSTOMER)) {
      return; // the purchase started a new cycle: it leaves the lead there, as a first one does
    }
    cache
        .rules()
        .decide(
            path,
            lead.stage,
            t.type,
            t.sentiment,
            lead.score,
            () -> (int) Touchpoint.countOfTypeUntil(lead.id, t.type, t.occurredAt))
        .ifPresent(f -> move(lead, t, path, f));
  }

  /** A new cycle is caused by the purchase; a re-engagement by the touchpoint that showed it. */
  private void loop(Lead lead, Touchpoint t, Stage to) {
    boolean repeat = t.type == TouchpointType.PURCHASE && lead.stage != Stage.LOST;
    stages.move(
        lead,
        to,
        Actor.system(repeat ? "repeat-purchase" : "re-engagement"),
        new Cause(repeat ? Cause.Type.PURCHASE : Cause.Type.TOUCHPOINT, t.id.toString()),
        repeat
            ? "A new purchase starts cycle " + (lead.cycle + 1)
            : "Re-engaged by a " + t.type + " touchpoint");
  }

  /**
   * A rule names itself as actor; its cause is the purchase when a purchase fired it, else the
   * rule. A persona's threshold is no rule: the touchpoint that brought the score there is the
   * cause.
   */
  private void move(Lead lead, Touchpoint t, StagePath path, TransitionRules.Firing f) {
    if (f.rule() == null) {
      stages.move(
          lead,
          f.target(),
          Actor.system("persona-threshold"),
          new Cause(Cause.Type.TOUCHPOINT, t.id.toString()),
          "Score "
              + lead.score
              + " reached the persona's threshold of "
              + path.threshold(lead.stage)
              + " for "
              + lead.stage);
      return;
    }
    Cause cause =
        t.type == TouchpointType.PURCHASE
            ? new Cause(Cause.Type.PURCHASE, t.id.toString())
            : new Cause(Cause.Type.RULE, f.rule().id().toString());
    stages.move(lead, f.target(), Actor.rule(f.rule().id()), cause, "Rule: " + f.rule().name());
  }

  /**
   * The points and the active rules, read once per transaction: a batch of 1000 reads them once.
   */
  @TransactionScoped
  static class PerTransaction implements Serializable {
    private Scoring scoring;
    private TransitionRules rules;

    Scoring scoring(Supplier<Scoring> load) {
      if (scoring == null) {
        scoring = load.get();
      }
      return scoring;
    }

    TransitionRules rules() {
      if (rules == null) {
        rules = new TransitionRules(JourneyRule.active());
      }
      return rules;
    }
  }
}
