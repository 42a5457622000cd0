package io.parcours.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantsTest {

  record Option(String name, int weight) {}

  private static final List<Option> SPLIT =
      List.of(new Option("A", 50), new Option("B", 30), new Option("C", 20));

  @Test
  void shouldSplitTenThousandLeadsWithinThreePointsOfTheWeights() {
    Random random = new Random(20261123);
    Map<String, Integer> counts = new HashMap<>();
    int leads = 10_000;
    for (int i = 0; i < leads; i++) {
      UUID lead = new UUID(random.nextLong(), random.nextLong());
      counts.merge(Variants.choose(lead, "pricing", SPLIT, Option::weight).name(), 1, Integer::sum);
    }
    for (Option o : SPLIT) {
      double share = 100.0 * counts.getOrDefault(o.name(), 0) / leads;
      assertTrue(Math.abs(share - o.weight()) <= 3, o.name() + " got " + share + "%");
    }
  }

  @Test
  void shouldAlwaysGiveALeadTheSameVariant() {
    UUID lead = UUID.randomUUID();
    Option first = Variants.choose(lead, "pricing", SPLIT, Option::weight);
    for (int i = 0; i < 100; i++) {
      assertEquals(first, Variants.choose(lead, "pricing", SPLIT, Option::weight));
    }
  }

  @Test
  void shouldSplitEachGroupIndependently() {
    Random random = new Random(7);
    int same = 0;
    int leads = 10_000;
    List<Option> half = List.of(new Option("A", 1), new Option("B", 1));
    for (int i = 0; i < leads; i++) {
      UUID lead = new UUID(random.nextLong(), random.nextLong());
      if (Variants.choose(lead, "g1", half, Option::weight)
          .equals(Variants.choose(lead, "g2", half, Option::weight))) {
        same++;
      }
    }
    assertTrue(Math.abs(100.0 * same / leads - 50) <= 3, "same variant in both groups: " + same);
  }

  @Test
  void shouldPlaceLeadsInTheUnitInterval() {
    for (int i = 0; i < 1000; i++) {
      double p = Variants.position(UUID.randomUUID(), "g");
      assertTrue(p >= 0 && p < 1, "position " + p);
    }
  }

  @Test
  void shouldNeverChooseAZeroShareOption() {
    List<Option> single = List.of(new Option("only", 1));
    assertEquals("only", Variants.choose(UUID.randomUUID(), "g", single, Option::weight).name());
  }
}
