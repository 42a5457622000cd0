package io.parcours.discount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void shouldCarryAtLeastSixtyRandomBits() {
    double bits = Codes.LENGTH * Math.log(Codes.ALPHABET.length()) / Math.log(2);
    assertTrue(bits >= 60, bits + " bits");
  }

  @Test
  void shouldUseOnlyUnambiguousCharacters() {
    for (int i = 0; i < 1000; i++) {
      assertTrue(Codes.generate().matches("[2-9A-HJ-NP-Z]{15}"));
    }
    assertTrue(Codes.ALPHABET.chars().noneMatch(c -> "01IO".indexOf(c) >= 0));
  }

  @Test
  void shouldNotRepeatItself() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertTrue(seen.add(Codes.generate()));
    }
  }

  @Test
  void shouldReadWhatPeopleTypeAndShowItInGroups() {
    assertEquals("ABCDE23456FGHJK", Codes.normalise(" abcde-23456-fghjk "));
    assertEquals("ABCDE-23456-FGHJK", Codes.display("ABCDE23456FGHJK"));
  }
}
