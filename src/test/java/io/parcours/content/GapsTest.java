package io.parcours.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parcours.lead.Stage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GapsTest {

  private final UUID buyer = UUID.randomUUID();
  private final UUID owner = UUID.randomUUID();

  private Gaps.PersonaJourney journey(UUID persona, Map<Stage, List<ContentType>> required) {
    return new Gaps.PersonaJourney(
        persona,
        "p",
        new JourneyDefinition(
            persona, false, List.copyOf(required.keySet()), required, Map.of(), 0));
  }

  @Test
  void shouldListEachRequiredTypeNoItemCoversForThePersona() {
    var buyerJourney =
        journey(buyer, Map.of(Stage.DECISION, List.of(ContentType.FAQ, ContentType.DEMO)));
    var ownerJourney = journey(owner, Map.of(Stage.DECISION, List.of(ContentType.FAQ)));
    List<Gaps.Coverage> items =
        List.of(
            new Gaps.Coverage(ContentType.FAQ, Set.of(Stage.DECISION), Set.of(buyer)),
            new Gaps.Coverage(ContentType.DEMO, Set.of(Stage.REFLECTION), Set.of()));

    List<GapView> gaps = Gaps.find(List.of(buyerJourney, ownerJourney), items);

    assertEquals(
        List.of(
            new GapView(buyer, "p", Stage.DECISION, ContentType.DEMO, false),
            new GapView(owner, "p", Stage.DECISION, ContentType.FAQ, false)),
        gaps);
  }

  @Test
  void shouldCountAnItemForEveryPersonaAsCoverage() {
    var j = journey(buyer, Map.of(Stage.DISCOVERY, List.of(ContentType.GUIDE)));
    var items = List.of(new Gaps.Coverage(ContentType.GUIDE, Set.of(Stage.DISCOVERY), Set.of()));
    assertEquals(List.of(), Gaps.find(List.of(j), items));
  }
}
