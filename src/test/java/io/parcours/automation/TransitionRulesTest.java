package io.parcours.automation;

import static io.parcours.lead.Stage.ADVOCATE;
import static io.parcours.lead.Stage.CUSTOMER;
import static io.parcours.lead.Stage.DECISION;
import static io.parcours.lead.Stage.DISCOVERY;
import static io.parcours.lead.Stage.LOST;
import static io.parcours.lead.Stage.LOYAL;
import static io.parcours.lead.Stage.REFLECTION;
import static io.parcours.touchpoint.Sentiment.NEUTRAL;
import static io.parcours.touchpoint.Sentiment.POSITIVE;
import static io.parcours.touchpoint.TouchpointType.DEMO_REQUEST;
import static io.parcours.touchpoint.TouchpointType.PAGE_VIEW;
import static io.parcours.touchpoint.TouchpointType.PURCHASE;
import static io.parcours.touchpoint.TouchpointType.REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.lead.Stage;
import io.parcours.lead.StagePath;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransitionRulesTest {

  private static final TransitionRules.Rule DEMO =
      rule(DEMO_REQUEST, null, 1, null, Set.of(), DECISION);
  private static final TransitionRules.Rule BUY = rule(PURCHASE, null, 1, null, Set.of(), CUSTOMER);
  private static final TransitionRules.Rule REBUY = rule(PURCHASE, null, 2, null, Set.of(), LOYAL);
  private static final TransitionRules.Rule REVIEWED =
      rule(REVIEW, POSITIVE, 1, null, EnumSet.of(CUSTOMER, LOYAL), ADVOCATE);
  private static final TransitionRules.Rule ENGAGED =
      rule(null, null, 1, 20, EnumSet.of(DISCOVERY), null);

  private final TransitionRules rules =
      new TransitionRules(List.of(DEMO, BUY, REBUY, REVIEWED, ENGAGED));

  @Test
  void shouldMakeADecidingLeadWhoBuysACustomer() {
    assertEquals(Optional.of(CUSTOMER), target(DECISION, PURCHASE, NEUTRAL, 0, 1));
  }

  @Test
  void shouldNeverMoveBackward() {
    assertEquals(Optional.empty(), target(CUSTOMER, DEMO_REQUEST, NEUTRAL, 0, 1));
    assertEquals(Optional.empty(), target(ADVOCATE, PURCHASE, NEUTRAL, 0, 3));
  }

  @Test
  void shouldLeaveLostLeadsAlone() {
    assertEquals(Optional.empty(), target(LOST, PURCHASE, NEUTRAL, 500, 1));
    assertEquals(Optional.empty(), target(LOST, DEMO_REQUEST, NEUTRAL, 500, 1));
  }

  @Test
  void shouldMakeASecondPurchaseLoyal() {
    assertEquals(Optional.of(LOYAL), target(CUSTOMER, PURCHASE, NEUTRAL, 0, 2));
    assertEquals(Optional.empty(), target(CUSTOMER, PURCHASE, NEUTRAL, 0, 1));
  }

  @Test
  void shouldRequireTheSentimentAndTheStagesARuleNames() {
    assertEquals(Optional.of(ADVOCATE), target(CUSTOMER, REVIEW, POSITIVE, 0, 1));
    assertEquals(Optional.empty(), target(CUSTOMER, REVIEW, NEUTRAL, 0, 1));
    assertEquals(Optional.empty(), target(DECISION, REVIEW, POSITIVE, 0, 1));
  }

  @Test
  void shouldMoveToTheNextStageOnceTheScoreIsReached() {
    assertEquals(Optional.of(REFLECTION), target(DISCOVERY, PAGE_VIEW, NEUTRAL, 20, 1));
    assertEquals(Optional.empty(), target(DISCOVERY, PAGE_VIEW, NEUTRAL, 19, 1));
    assertEquals(Optional.empty(), target(REFLECTION, PAGE_VIEW, NEUTRAL, 99, 1));
  }

  @Test
  void shouldPreferTheFurthestTarget() {
    var firing = rules.decide(DISCOVERY, DEMO_REQUEST, NEUTRAL, 40, () -> 1).orElseThrow();
    assertEquals(DECISION, firing.target());
    assertEquals(DEMO.id(), firing.rule().id());
  }

  @Test
  void shouldCountOccurrencesOnlyWhenARuleNeedsIt() {
    AtomicInteger asked = new AtomicInteger();
    rules.decide(DISCOVERY, DEMO_REQUEST, NEUTRAL, 0, asked::incrementAndGet);
    assertEquals(0, asked.get());
    rules.decide(DECISION, PURCHASE, NEUTRAL, 0, () -> asked.incrementAndGet() + 1);
    assertEquals(1, asked.get());
  }

  @Test
  void shouldIgnoreARuleWhoseTargetIsNotAhead() {
    TransitionRules toLost =
        new TransitionRules(List.of(rule(PAGE_VIEW, null, 1, null, Set.of(), DISCOVERY)));
    for (Stage stage : Stage.values()) {
      assertFalse(toLost.decide(stage, PAGE_VIEW, NEUTRAL, 0, () -> 1).isPresent(), stage.name());
    }
    assertTrue(
        new TransitionRules(List.of(ENGAGED))
            .decide(DISCOVERY, PAGE_VIEW, NEUTRAL, 25, () -> 1)
            .isPresent());
  }

  private static final StagePath NO_REFLECTION =
      new StagePath(EnumSet.of(DISCOVERY, DECISION, CUSTOMER, LOYAL), Map.of(CUSTOMER, 40));

  @Test
  void shouldSkipForwardOverTheStagesThePathLacks() {
    assertEquals(Optional.of(DECISION), onPath(NO_REFLECTION, DISCOVERY, PAGE_VIEW, 20));
    TransitionRules toReflection =
        new TransitionRules(List.of(rule(PAGE_VIEW, null, 1, null, Set.of(), REFLECTION)));
    assertEquals(
        DECISION,
        toReflection
            .decide(NO_REFLECTION, DISCOVERY, PAGE_VIEW, NEUTRAL, 0, () -> 1)
            .orElseThrow()
            .target());
  }

  @Test
  void shouldNeverMoveToAStageBeyondThePathsEnd() {
    assertEquals(Optional.empty(), onPath(NO_REFLECTION, LOYAL, REVIEW, 0));
    assertEquals(Optional.of(ADVOCATE), onPath(StagePath.ALL, LOYAL, REVIEW, 0));
  }

  @Test
  void shouldMoveAtThePathsThresholdInsteadOfTheScoreRules() {
    TransitionRules atSixty =
        new TransitionRules(List.of(rule(null, null, 1, 60, EnumSet.of(CUSTOMER), null)));
    var firing =
        atSixty.decide(NO_REFLECTION, CUSTOMER, PAGE_VIEW, NEUTRAL, 40, () -> 1).orElseThrow();
    assertEquals(LOYAL, firing.target());
    assertNull(firing.rule());
    assertEquals(
        Optional.empty(), atSixty.decide(NO_REFLECTION, CUSTOMER, PAGE_VIEW, NEUTRAL, 39, () -> 1));
    assertEquals(
        Optional.empty(), atSixty.decide(StagePath.ALL, CUSTOMER, PAGE_VIEW, NEUTRAL, 40, () -> 1));
    StagePath higher = new StagePath(NO_REFLECTION.stages(), Map.of(CUSTOMER, 80));
    assertEquals(
        Optional.empty(), atSixty.decide(higher, CUSTOMER, PAGE_VIEW, NEUTRAL, 70, () -> 1));
  }

  @Test
  void shouldKeepTouchpointRulesBesideAThreshold() {
    var firing =
        rules.decide(NO_REFLECTION, CUSTOMER, PURCHASE, NEUTRAL, 50, () -> 2).orElseThrow();
    assertEquals(LOYAL, firing.target());
    assertEquals(REBUY.id(), firing.rule().id());
  }

  private Optional<Stage> onPath(StagePath path, Stage stage, TouchpointType type, int score) {
    return rules
        .decide(path, stage, type, POSITIVE, score, () -> 1)
        .map(TransitionRules.Firing::target);
  }

  private Optional<Stage> target(
      Stage stage, TouchpointType type, Sentiment sentiment, int score, int occurrences) {
    return rules
        .decide(stage, type, sentiment, score, () -> occurrences)
        .map(TransitionRules.Firing::target);
  }

  private static TransitionRules.Rule rule(
      TouchpointType type,
      Sentiment sentiment,
      int minOccurrences,
      Integer minScore,
      Set<Stage> from,
      Stage target) {
    return new TransitionRules.Rule(
        UUID.randomUUID(), "test", type, sentiment, minOccurrences, minScore, from, target);
  }
}
