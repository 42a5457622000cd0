package io.parcours.email;

import static io.parcours.email.OutboxStatus.CANCELLED;
import static io.parcours.email.OutboxStatus.FAILED;
import static io.parcours.email.OutboxStatus.PENDING;
import static io.parcours.email.OutboxStatus.SENDING;
import static io.parcours.email.OutboxStatus.SENT;
import static io.parcours.email.OutboxStatus.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxMoveTest {

  @Test
  void shouldSendOnlyWhatWasClaimed() {
    assertEquals(Set.of(PENDING), OutboxMove.CLAIM.from());
    assertTrue(OutboxMove.allowed(PENDING, SENDING));
    assertFalse(OutboxMove.allowed(PENDING, SENT));
    assertFalse(OutboxMove.allowed(PENDING, FAILED));
    assertFalse(OutboxMove.allowed(PENDING, UNKNOWN));
  }

  @Test
  void shouldNeverChangeASentOrCancelledEmail() {
    for (OutboxStatus to : OutboxStatus.values()) {
      assertFalse(OutboxMove.allowed(SENT, to), "SENT -> " + to);
      assertFalse(OutboxMove.allowed(CANCELLED, to), "CANCELLED -> " + to);
    }
  }

  @Test
  void shouldLeaveFailedOnlyByARequeue() {
    for (OutboxMove m : OutboxMove.values()) {
      assertEquals(m == OutboxMove.REQUEUE, m.allows(FAILED), m.name());
    }
    assertEquals(PENDING, OutboxMove.REQUEUE.to());
  }

  @Test
  void shouldSettleAnUnknownEmailOnlyByARequeueOrTheLateOutcomeOfItsSend() {
    Set<OutboxMove> fromUnknown = EnumSet.noneOf(OutboxMove.class);
    for (OutboxMove m : OutboxMove.values()) {
      if (m.allows(UNKNOWN)) {
        fromUnknown.add(m);
      }
    }
    assertEquals(
        EnumSet.of(OutboxMove.REQUEUE, OutboxMove.SEND, OutboxMove.RETRY, OutboxMove.FAIL),
        fromUnknown);
    assertFalse(OutboxMove.allowed(UNKNOWN, SENDING));
    assertFalse(OutboxMove.allowed(UNKNOWN, CANCELLED));
  }

  @Test
  void shouldCancelWaitingEmailsSetBasedButNeverOneBeingSent() {
    assertEquals(Set.of(PENDING), OutboxMove.CANCEL.from());
    assertEquals("status in ('PENDING')", OutboxMove.CANCEL.sourcesSql());
    assertEquals(Set.of(SENDING), OutboxMove.STOP.from());
  }

  @Test
  void shouldGiveAClaimBackOnlyWhileItIsHeld() {
    assertEquals(PENDING, OutboxMove.RELEASE.to());
    assertEquals(Set.of(SENDING), OutboxMove.RELEASE.from());
    assertEquals("status in ('SENDING')", OutboxMove.RELEASE.sourcesSql());
    assertEquals(Set.of(SENDING), OutboxMove.ABANDON.from());
  }

  @Test
  void shouldListEverySourceOfAMoveInItsSql() {
    assertEquals("status in ('FAILED', 'UNKNOWN')", OutboxMove.REQUEUE.sourcesSql());
  }

  @Test
  void shouldChangeTheStatusInEveryMove() {
    for (OutboxMove m : OutboxMove.values()) {
      assertFalse(m.allows(m.to()), m.name());
    }
  }
}
