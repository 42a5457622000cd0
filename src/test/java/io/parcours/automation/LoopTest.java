package io.parcours.automation;

import static io.parcours.lead.Stage.ADVOCATE;
import static io.parcours.lead.Stage.CUSTOMER;
import static io.parcours.lead.Stage.DECISION;
import static io.parcours.lead.Stage.DISCOVERY;
import static io.parcours.lead.Stage.LOST;
import static io.parcours.lead.Stage.LOYAL;
import static io.parcours.lead.Stage.REFLECTION;
import static io.parcours.touchpoint.Sentiment.NEGATIVE;
import static io.parcours.touchpoint.Sentiment.NEUTRAL;
import static io.parcours.touchpoint.TouchpointType.COMPLAINT;
import static io.parcours.touchpoint.TouchpointType.EMAIL_OPEN;
import static io.parcours.touchpoint.TouchpointType.PAGE_VIEW;
import static io.parcours.touchpoint.TouchpointType.PURCHASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.lead.StagePath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopTest {

  @Test
  void shouldTakeARepeatPurchaseBackToCustomerThroughDecision() {
    assertEquals(List.of(DECISION, CUSTOMER), Loop.moves(StagePath.ALL, LOYAL, PURCHASE, NEUTRAL));
    assertEquals(
        List.of(DECISION, CUSTOMER), Loop.moves(StagePath.ALL, ADVOCATE, PURCHASE, NEUTRAL));
  }

  @Test
  void shouldGoThroughReflectionWhenThePathHasNoDecision() {
    StagePath path = new StagePath(Set.of(DISCOVERY, REFLECTION, CUSTOMER, LOYAL), Map.of());
    assertEquals(List.of(REFLECTION, CUSTOMER), Loop.moves(path, LOYAL, PURCHASE, NEUTRAL));
  }

  @Test
  void shouldLeaveAPurchaseBeforeTheLoopToTheRules() {
    assertEquals(List.of(), Loop.moves(StagePath.ALL, DECISION, PURCHASE, NEUTRAL));
    assertEquals(List.of(), Loop.moves(StagePath.ALL, CUSTOMER, PURCHASE, NEUTRAL));
    assertEquals(List.of(), Loop.moves(StagePath.ALL, LOYAL, PAGE_VIEW, NEUTRAL));
  }

  @Test
  void shouldReengageALostLeadAtTheStartOfItsPathOnASignOfLifeOnly() {
    StagePath path = new StagePath(Set.of(REFLECTION, DECISION, CUSTOMER), Map.of());
    assertEquals(List.of(DISCOVERY), Loop.moves(StagePath.ALL, LOST, PAGE_VIEW, NEUTRAL));
    assertEquals(List.of(REFLECTION), Loop.moves(path, LOST, PURCHASE, NEUTRAL));
    assertEquals(List.of(), Loop.moves(StagePath.ALL, LOST, EMAIL_OPEN, NEUTRAL));
    assertEquals(List.of(), Loop.moves(StagePath.ALL, LOST, COMPLAINT, NEGATIVE));
  }
}
