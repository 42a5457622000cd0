package io.parcours.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AbTestsTest {

  private static AbTestReport.Variant variant(long received, long converted) {
    return new AbTestReport.Variant(
        UUID.randomUUID(), "v", received, converted, Ratios.rate(converted, received));
  }

  @Test
  void shouldCompareTheBestChallengerWithTheControl() {
    var control = variant(10, 2);
    var weak = variant(10, 1);
    var strong = variant(10, 5);
    var g = AbTests.compare("g", List.of(control, weak, strong), 0.05, 0.05, 0.8);
    assertEquals(control.contentId(), g.control());
    assertEquals(strong.contentId(), g.challenger());
    assertEquals(1.5, g.lift());
    assertEquals(0.3, g.difference());
    assertArrayEquals(new double[] {-0.1067, 0.5999}, g.ci95(), 1e-9);
    assertEquals(0.1595989424426488, g.pValue(), 1e-6);
    // baseline 20 %, looking for 25 %: 1,094 leads an arm
    assertEquals(1094, g.requiredPerArm());
    assertFalse(g.enoughData());
  }

  @Test
  void shouldSayWhenEveryArmHasEnoughLeads() {
    var g = AbTests.compare("g", List.of(variant(700, 70), variant(690, 100)), 0.05, 0.05, 0.8);
    assertEquals(686, g.requiredPerArm());
    assertTrue(g.enoughData());
    var short1 =
        AbTests.compare("g", List.of(variant(700, 70), variant(600, 100)), 0.05, 0.05, 0.8);
    assertFalse(short1.enoughData());
  }

  @Test
  void shouldNotCompareWithoutData() {
    var g = AbTests.compare("g", List.of(variant(0, 0), variant(0, 0)), 0.05, 0.05, 0.8);
    assertNull(g.challenger());
    assertNull(g.pValue());
    assertEquals(1565, g.requiredPerArm());
    assertFalse(g.enoughData());
  }
}
