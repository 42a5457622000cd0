package io.parcours.lead;

import static io.parcours.lead.Stage.ADVOCATE;
import static io.parcours.lead.Stage.CUSTOMER;
import static io.parcours.lead.Stage.DECISION;
import static io.parcours.lead.Stage.DISCOVERY;
import static io.parcours.lead.Stage.LOST;
import static io.parcours.lead.Stage.LOYAL;
import static io.parcours.lead.Stage.REFLECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StagePathTest {

  private final StagePath noReflection =
      new StagePath(Set.of(DISCOVERY, DECISION, CUSTOMER, LOYAL), Map.of(DISCOVERY, 40));

  @Test
  void shouldSkipForwardOverTheStagesItLacks() {
    assertEquals(DECISION, noReflection.next(DISCOVERY));
    assertEquals(DECISION, noReflection.from(REFLECTION));
    assertEquals(DECISION, noReflection.next(REFLECTION));
    assertEquals(CUSTOMER, noReflection.next(DECISION));
    assertEquals(DISCOVERY, noReflection.first());
  }

  @Test
  void shouldEndWhereItsStagesEnd() {
    assertNull(noReflection.next(LOYAL));
    assertNull(noReflection.from(ADVOCATE));
    assertNull(noReflection.next(LOST));
    assertNull(StagePath.ALL.next(ADVOCATE));
  }

  @Test
  void shouldLeaveLostOpenToEveryLead() {
    assertTrue(noReflection.includes(LOST));
    assertFalse(noReflection.includes(REFLECTION));
    assertFalse(noReflection.includes(ADVOCATE));
  }

  @Test
  void shouldGiveTheThresholdOfAStageOrNone() {
    assertEquals(40, noReflection.threshold(DISCOVERY));
    assertNull(noReflection.threshold(DECISION));
  }

  @Test
  void shouldRefuseToEnterAStageThePathLacks() {
    assertEquals(Optional.empty(), StageRules.kind(DISCOVERY, REFLECTION, noReflection));
    assertEquals(
        Optional.of(TransitionKind.ADVANCE), StageRules.kind(DISCOVERY, DECISION, noReflection));
    assertEquals(Optional.empty(), StageRules.kind(LOYAL, REFLECTION, noReflection));
    assertEquals(
        Optional.of(TransitionKind.REPEAT_PURCHASE),
        StageRules.kind(LOYAL, DECISION, noReflection));
  }

  @Test
  void shouldReengageALostLeadAtThePathsFirstStage() {
    StagePath late = new StagePath(Set.of(DECISION, CUSTOMER), Map.of());
    assertEquals(Optional.of(TransitionKind.REENGAGEMENT), StageRules.kind(LOST, DECISION, late));
    assertEquals(Optional.empty(), StageRules.kind(LOST, DISCOVERY, late));
    assertEquals(
        Set.of(DECISION),
        Set.copyOf(StageRules.targets(LOST, late).stream().map(StageRules.Target::stage).toList()));
  }
}
