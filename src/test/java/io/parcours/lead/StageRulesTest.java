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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StageRulesTest {

  @Test
  void shouldAllowSkippingForward() {
    assertEquals(Optional.of(TransitionKind.ADVANCE), StageRules.kind(DISCOVERY, DECISION));
    assertEquals(Optional.of(TransitionKind.ADVANCE), StageRules.kind(DISCOVERY, CUSTOMER));
    assertEquals(Optional.of(TransitionKind.ADVANCE), StageRules.kind(CUSTOMER, ADVOCATE));
  }

  @Test
  void shouldCallBackwardMovesRegressionsThatNeedAReason() {
    assertEquals(Optional.of(TransitionKind.REGRESSION), StageRules.kind(DECISION, DISCOVERY));
    assertEquals(Optional.of(TransitionKind.REGRESSION), StageRules.kind(ADVOCATE, LOYAL));
    assertTrue(TransitionKind.REGRESSION.needsReason());
  }

  @Test
  void shouldLoseFromAnyStageWithAReason() {
    for (Stage from : EnumSet.complementOf(EnumSet.of(LOST))) {
      assertEquals(Optional.of(TransitionKind.LOSS), StageRules.kind(from, LOST), from.name());
    }
    assertTrue(TransitionKind.LOSS.needsReason());
  }

  @Test
  void shouldReengageLostLeadsOnlyAtDiscovery() {
    assertEquals(Optional.of(TransitionKind.REENGAGEMENT), StageRules.kind(LOST, DISCOVERY));
    assertEquals(Set.of(DISCOVERY), targets(LOST));
    assertFalse(TransitionKind.REENGAGEMENT.needsReason());
  }

  @Test
  void shouldStartARepeatPurchaseFromLoyalOrAdvocate() {
    for (Stage from : EnumSet.of(LOYAL, ADVOCATE)) {
      assertEquals(Optional.of(TransitionKind.REPEAT_PURCHASE), StageRules.kind(from, REFLECTION));
      assertEquals(Optional.of(TransitionKind.REPEAT_PURCHASE), StageRules.kind(from, DECISION));
      assertEquals(Optional.empty(), StageRules.kind(from, DISCOVERY));
    }
    assertFalse(TransitionKind.REPEAT_PURCHASE.needsReason());
  }

  @Test
  void shouldRefuseACustomerGoingBackBeforeThePurchase() {
    assertEquals(Optional.empty(), StageRules.kind(CUSTOMER, DECISION));
    assertEquals(Optional.empty(), StageRules.kind(CUSTOMER, DISCOVERY));
  }

  @Test
  void shouldRefuseStayingInPlace() {
    for (Stage s : Stage.values()) {
      assertEquals(Optional.empty(), StageRules.kind(s, s));
    }
  }

  @Test
  void shouldListTheTargetsOfEachStage() {
    assertEquals(
        EnumSet.of(REFLECTION, DECISION, CUSTOMER, LOYAL, ADVOCATE, LOST), targets(DISCOVERY));
    assertEquals(EnumSet.of(LOYAL, ADVOCATE, LOST), targets(CUSTOMER));
    assertEquals(EnumSet.of(REFLECTION, DECISION, CUSTOMER, ADVOCATE, LOST), targets(LOYAL));
  }

  @Test
  void shouldGiveTheNextStageAlongTheJourney() {
    assertEquals(REFLECTION, DISCOVERY.next());
    assertEquals(ADVOCATE, LOYAL.next());
    assertEquals(null, ADVOCATE.next());
    assertEquals(null, LOST.next());
  }

  private static Set<Stage> targets(Stage from) {
    return StageRules.targets(from).stream()
        .map(StageRules.Target::stage)
        .collect(Collectors.toSet());
  }
}
