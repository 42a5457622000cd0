package io.parcours.content;

import io.parcours.lead.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The next best content for a lead: loads what the ranking needs and applies it. */
@ApplicationScoped
public class NextContent {

  @Inject ContentSettings settings;

  public record Choice(ContentItem item, List<String> why) {}

  /** The lead's best item of a type, for an email that includes one; empty when none is left. */
  public Optional<ContentItem> forLead(Lead lead, ContentType type) {
    return rank(lead, type, 1).stream().findFirst().map(Choice::item);
  }

  /** The lead's best items, best first; type null for every type. */
  public List<Choice> rank(Lead lead, ContentType type, int limit) {
    List<ContentItem> active = ContentItem.findActive();
    if (active.isEmpty()) {
      return List.of();
    }
    Map<UUID, long[]> stats = stats(active.stream().map(c -> c.id).toList());
    List<Ranking.Candidate> candidates =
        active.stream().map(c -> candidate(c, stats.getOrDefault(c.id, new long[2]))).toList();
    Ranking.Target target =
        new Ranking.Target(
            lead.id,
            lead.stage,
            lead.persona == null ? null : lead.persona.id,
            lead.locale,
            new HashSet<>(ContentAssignment.contentIdsOf(lead.id)));
    Map<UUID, ContentItem> byId =
        active.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    return Ranking.rank(target, candidates, type, settings.minSample()).stream()
        .limit(limit)
        .map(r -> new Choice(byId.get(r.candidate().id()), r.why()))
        .toList();
  }

  /**
   * The best of the active items, best first, for each of many leads that have received nothing
   * yet, from one load of their figures (read on the given connection, in its transaction).
   */
  Map<UUID, List<UUID>> rankNew(
      Connection c, List<ContentItem> active, List<Ranking.Target> targets, int limit)
      throws SQLException {
    if (active.isEmpty() || targets.isEmpty()) {
      return Map.of();
    }
    Map<UUID, long[]> stats = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select content_id, count(*), count(converted_at) from content_assignment"
                + " where content_id = any(?) group by content_id")) {
      s.setArray(1, c.createArrayOf("uuid", active.stream().map(i -> i.id).toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          stats.put(r.getObject(1, UUID.class), new long[] {r.getLong(2), r.getLong(3)});
        }
      }
    }
    List<Ranking.Candidate> candidates =
        active.stream().map(i -> candidate(i, stats.getOrDefault(i.id, new long[2]))).toList();
    // Without A/B groups, leads alike (stage, persona, language) get the same items: ranked once.
    boolean variants = candidates.stream().anyMatch(x -> x.variantGroup() != null);
    Map<List<Object>, List<UUID>> alike = new HashMap<>();
    Map<UUID, List<UUID>> best = new HashMap<>();
    for (Ranking.Target t : targets) {
      List<Object> key =
          variants
              ? Arrays.asList(t.leadId())
              : Arrays.asList(t.stage(), t.personaId(), t.locale());
      List<UUID> ids =
          alike.computeIfAbsent(
              key,
              k ->
                  Ranking.rank(t, candidates, null, settings.minSample()).stream()
                      .limit(limit)
                      .map(r -> r.candidate().id())
                      .toList());
      if (!ids.isEmpty()) {
        best.put(t.leadId(), ids);
      }
    }
    return best;
  }

  private static Ranking.Candidate candidate(ContentItem c, long[] stat) {
    return new Ranking.Candidate(
        c.id,
        c.type,
        new HashSet<>(c.stageList()),
        new HashSet<>(c.personaIds),
        c.locale,
        c.variantGroup,
        c.variantWeight,
        c.createdAt,
        stat[0],
        stat[1]);
  }

  /** Per item: how many leads received it, and how many of them advanced afterwards. */
  private static Map<UUID, long[]> stats(List<UUID> ids) {
    List<Object[]> rows =
        ContentAssignment.getEntityManager()
            .createQuery(
                "select a.contentId, count(a), count(a.convertedAt) from ContentAssignment a"
                    + " where a.contentId in :ids group by a.contentId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    Map<UUID, long[]> stats = new HashMap<>();
    for (Object[] row : rows) {
      stats.put((UUID) row[0], new long[] {(Long) row[1], (Long) row[2]});
    }
    return stats;
  }
}
