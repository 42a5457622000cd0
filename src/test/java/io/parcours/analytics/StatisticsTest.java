package io.parcours.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The statistics against published or independently computed values. */
class StatisticsTest {

  @Test
  void shouldGiveNormalTailsAndQuantiles() {
    assertEquals(0.5, Normal.upperTail(0), 1e-7);
    assertEquals(0.0013498980316301, Normal.upperTail(3), 1e-9);
    assertEquals(2.866515718791946e-07, Normal.upperTail(5), 1e-12);
    assertEquals(1.959963984540054, Normal.quantile(0.975), 1e-6);
    assertEquals(0.8416212335729143, Normal.quantile(0.8), 1e-6);
    assertEquals(-2.3263478740408408, Normal.quantile(0.01), 1e-6);
  }

  @Test
  void shouldTestTwoProportions() {
    // 56/70 against 48/80: z = 2.6502
    assertEquals(0.008045081368196568, Proportions.pValue(48, 80, 56, 70), 1e-6);
    assertEquals(0.1595989424426488, Proportions.pValue(2, 10, 5, 10), 1e-6);
    assertEquals(1.0, Proportions.pValue(0, 10, 0, 10));
    assertNull(Proportions.pValue(0, 0, 1, 10));
  }

  @Test
  void shouldGiveNewcombesIntervalOfTheDifference() {
    // Newcombe (1998), Statistics in Medicine 17:873, example (a), method 10: 0.0524 to 0.3339
    assertArrayEquals(
        new double[] {0.052431472402365065, 0.333872654036906},
        Proportions.differenceInterval(48, 80, 56, 70, 0.95),
        1e-6);
  }

  @Test
  void shouldGiveWilsonsInterval() {
    assertArrayEquals(
        new double[] {0.2552885198782742, 0.36620957698280004},
        Proportions.wilson(81, 263, 0.95),
        1e-6);
  }

  @Test
  void shouldGiveTheSampleSizePerArm() {
    // the textbook figures: 10 % to 15 % needs 686 a group, 50 % to 55 % 1,565
    assertEquals(686, Proportions.requiredPerArm(0.10, 0.05, 0.05, 0.8));
    assertEquals(1565, Proportions.requiredPerArm(0.50, 0.05, 0.05, 0.8));
    // near 100 % the effect is looked for downwards
    assertEquals(269, Proportions.requiredPerArm(0.98, 0.05, 0.05, 0.8));
  }

  @Test
  void shouldReadPercentilesFromTheBuckets() {
    Histogram h = new Histogram();
    for (long seconds : new long[] {3600, 86400, 2 * 86400, 7 * 86400}) {
      h.add(Histogram.bucketOf(seconds), 1);
    }
    assertEquals(94, Histogram.bucketOf(3600));
    assertEquals(131, Histogram.bucketOf(86400));
    assertEquals(128, Histogram.bucketOf(65536));
    assertEquals(0, Histogram.bucketOf(1));
    // nearest rank: the 2nd of 4 (one day) and the 4th (a week), each read as its bucket's middle
    assertEquals(88752, h.percentile(0.5));
    assertEquals(597053, h.percentile(0.9));
    assertEquals(0.0, Math.abs(h.percentile(0.5) - 86400) / 86400.0, 0.045);
    assertNull(new Histogram().percentile(0.5));
  }
}
