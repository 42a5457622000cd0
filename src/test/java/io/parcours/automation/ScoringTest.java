package io.parcours.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  @Test
  void shouldAddTypeAndSentimentPoints() {
    Scoring scoring =
        new Scoring(Map.of(TouchpointType.PURCHASE, 30), Map.of(Sentiment.POSITIVE, 5));
    assertEquals(35, scoring.points(TouchpointType.PURCHASE, Sentiment.POSITIVE));
  }

  @Test
  void shouldCountWhatIsNotListedAsZero() {
    Scoring scoring = new Scoring(Map.of(), null);
    assertEquals(0, scoring.points(TouchpointType.COMPLAINT, Sentiment.NEGATIVE));
  }

  @Test
  void shouldKeepTheScoreBetweenZeroAndTheLargestInt() {
    assertEquals(0, Scoring.add(3, -10));
    assertEquals(Integer.MAX_VALUE, Scoring.add(Integer.MAX_VALUE - 1, 10));
    assertEquals(12, Scoring.add(2, 10));
  }
}
