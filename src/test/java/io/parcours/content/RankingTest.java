package io.parcours.content;

import static io.parcours.lead.Stage.DECISION;
import static io.parcours.lead.Stage.DISCOVERY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final UUID PERSONA = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private int minute;

  private Ranking.Candidate item(
      ContentType type, Stage stage, Set<UUID> personas, String locale, long given, long won) {
    return new Ranking.Candidate(
        UUID.randomUUID(),
        type,
        Set.of(stage),
        personas,
        locale,
        null,
        1,
        T0.plusSeconds(60L * minute++),
        given,
        won);
  }

  private static Ranking.Target lead(Stage stage, String locale, Set<UUID> received) {
    return new Ranking.Target(UUID.randomUUID(), stage, PERSONA, locale, received);
  }

  private static List<UUID> ids(List<Ranking.Ranked> ranked) {
    return ranked.stream().map(r -> r.candidate().id()).toList();
  }

  @Test
  void shouldKeepOnlyItemsForTheLeadsStagePersonaLanguageAndNotYetReceived() {
    var fits = item(ContentType.FAQ, DECISION, Set.of(), null, 0, 0);
    var otherStage = item(ContentType.FAQ, DISCOVERY, Set.of(), null, 0, 0);
    var otherPersona = item(ContentType.FAQ, DECISION, Set.of(UUID.randomUUID()), null, 0, 0);
    var otherLanguage = item(ContentType.FAQ, DECISION, Set.of(), "de", 0, 0);
    var received = item(ContentType.FAQ, DECISION, Set.of(), null, 0, 0);
    var ranked =
        Ranking.rank(
            lead(DECISION, "fr", Set.of(received.id())),
            List.of(fits, otherStage, otherPersona, otherLanguage, received),
            null,
            5);
    assertEquals(List.of(fits.id()), ids(ranked));
  }

  @Test
  void shouldPreferThePersonasOwnThenTheExactLanguageThenEffectivenessThenRecency() {
    var generic = item(ContentType.DEMO, DECISION, Set.of(), null, 0, 0);
    var older = item(ContentType.DEMO, DECISION, Set.of(PERSONA), "fr", 0, 0);
    var newer = item(ContentType.DEMO, DECISION, Set.of(PERSONA), "fr", 0, 0);
    var effective = item(ContentType.DEMO, DECISION, Set.of(PERSONA), "fr", 10, 6);
    var lessEffective = item(ContentType.DEMO, DECISION, Set.of(PERSONA), "fr", 10, 2);
    var anyLanguage = item(ContentType.DEMO, DECISION, Set.of(PERSONA), null, 10, 9);
    var ranked =
        Ranking.rank(
            lead(DECISION, "fr-FR", Set.of()),
            List.of(generic, older, newer, effective, lessEffective, anyLanguage),
            null,
            5);
    assertEquals(
        List.of(
            effective.id(),
            lessEffective.id(),
            newer.id(),
            older.id(),
            anyLanguage.id(),
            generic.id()),
        ids(ranked));
    assertTrue(ranked.get(0).why().contains("6 of 10 leads who received it advanced (60%)"));
  }

  @Test
  void shouldFilterByTypeWhenAsked() {
    var faq = item(ContentType.FAQ, DECISION, Set.of(), null, 0, 0);
    var demo = item(ContentType.DEMO, DECISION, Set.of(), null, 0, 0);
    var ranked =
        Ranking.rank(lead(DECISION, "en", Set.of()), List.of(faq, demo), ContentType.DEMO, 5);
    assertEquals(List.of(demo.id()), ids(ranked));
  }

  @Test
  void shouldOfferOnlyTheLeadsOwnVariantOfAGroup() {
    List<Ranking.Candidate> group = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      group.add(
          new Ranking.Candidate(
              UUID.randomUUID(),
              ContentType.FAQ,
              Set.of(DECISION),
              Set.of(),
              null,
              "faq-ab",
              1,
              T0,
              0,
              0));
    }
    Ranking.Target t = lead(DECISION, "en", Set.of());
    var ranked = Ranking.rank(t, group, null, 5);
    assertEquals(1, ranked.size());
    var sorted =
        group.stream().sorted(java.util.Comparator.comparing(Ranking.Candidate::id)).toList();
    assertEquals(
        Variants.choose(t.leadId(), "faq-ab", sorted, Ranking.Candidate::variantWeight).id(),
        ranked.get(0).candidate().id());
  }

  @Test
  void shouldMatchALanguageWithItsRegionalForms() {
    assertTrue(Ranking.localeFits(null, "fr"));
    assertTrue(Ranking.localeFits("fr", "fr"));
    assertTrue(Ranking.localeFits("fr", "fr-CA"));
    assertEquals(false, Ranking.localeFits("fr-CA", "fr"));
    assertEquals(false, Ranking.localeFits("fr", "en"));
  }
}
