package io.parcours.content;

import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Chooses the next best content for a lead, with the reasons for each choice: items that serve its
 * stage, its persona (or every persona) and its language, that it has not received, and only its
 * own variant of each A/B group. Best first: made for its persona, then in its exact language, then
 * by measured effectiveness where there is enough data, then newest.
 */
final class Ranking {

  record Candidate(
      UUID id,
      ContentType type,
      Set<Stage> stages,
      Set<UUID> personaIds,
      String locale,
      String variantGroup,
      int variantWeight,
      Instant createdAt,
      long given,
      long converted) {}

  record Target(UUID leadId, Stage stage, UUID personaId, String locale, Set<UUID> received) {}

  record Ranked(Candidate candidate, List<String> why) {}

  private Ranking() {}

  static List<Ranked> rank(Target t, List<Candidate> active, ContentType type, int minSample) {
    Map<String, List<Candidate>> groups =
        active.stream()
            .filter(c -> c.variantGroup() != null)
            .collect(Collectors.groupingBy(Candidate::variantGroup));
    Comparator<Candidate> best =
        Comparator.comparing((Candidate c) -> !c.personaIds().isEmpty())
            .thenComparing(c -> c.locale() != null)
            .thenComparing(c -> c.given() >= minSample)
            .thenComparingDouble(c -> c.given() >= minSample ? rate(c) : 0)
            .thenComparing(Candidate::createdAt)
            .reversed()
            .thenComparing(Candidate::id);
    return active.stream()
        .filter(c -> type == null || c.type() == type)
        .filter(c -> c.stages().contains(t.stage()))
        .filter(c -> c.personaIds().isEmpty() || c.personaIds().contains(t.personaId()))
        .filter(c -> localeFits(c.locale(), t.locale()))
        .filter(c -> !t.received().contains(c.id()))
        .filter(c -> c.variantGroup() == null || isLeadsVariant(t, c, groups))
        .sorted(best)
        .map(c -> new Ranked(c, why(t, c, minSample)))
        .toList();
  }

  static boolean localeFits(String item, String lead) {
    return item == null || item.equals(lead) || (lead != null && lead.startsWith(item + "-"));
  }

  private static boolean isLeadsVariant(
      Target t, Candidate c, Map<String, List<Candidate>> groups) {
    List<Candidate> members =
        groups.get(c.variantGroup()).stream().sorted(Comparator.comparing(Candidate::id)).toList();
    return Variants.choose(t.leadId(), c.variantGroup(), members, Candidate::variantWeight)
        .id()
        .equals(c.id());
  }

  private static double rate(Candidate c) {
    return c.given() == 0 ? 0 : (double) c.converted() / c.given();
  }

  private static List<String> why(Target t, Candidate c, int minSample) {
    List<String> why = new ArrayList<>();
    why.add("serves the " + t.stage() + " stage, where the lead is");
    why.add(c.personaIds().isEmpty() ? "made for every persona" : "made for the lead's persona");
    why.add(
        c.locale() == null
            ? "written for any language"
            : "written in " + c.locale() + ", the lead's language");
    if (c.given() >= minSample) {
      why.add(
          String.format(
              "%d of %d leads who received it advanced (%.0f%%)",
              c.converted(), c.given(), 100 * rate(c)));
    } else {
      why.add("not enough data on its effectiveness yet (" + c.given() + " given); newer first");
    }
    if (c.variantGroup() != null) {
      why.add("the lead's variant in A/B group " + c.variantGroup());
    }
    why.add("not received by the lead yet");
    return why;
  }
}
