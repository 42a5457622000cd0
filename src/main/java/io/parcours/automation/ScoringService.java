package io.parcours.automation;

import io.parcours.common.ETags;
import io.parcours.touchpoint.Sentiment;
import io.parcours.touchpoint.TouchpointType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and changes the score_points table. */
@ApplicationScoped
public class ScoringService {

  @Inject EntityManager em;

  public Scoring load() {
    Map<TouchpointType, Integer> types = new HashMap<>();
    Map<Sentiment, Integer> sentiments = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select dimension, name, points from score_points").getResultList();
    for (Object[] row : rows) {
      String name = (String) row[1];
      int points = ((Number) row[2]).intValue();
      // A row naming a value this version does not know is ignored, not fatal.
      if ("TYPE".equals(row[0]) && known(TouchpointType.class, name)) {
        types.put(TouchpointType.valueOf(name), points);
      } else if ("SENTIMENT".equals(row[0]) && known(Sentiment.class, name)) {
        sentiments.put(Sentiment.valueOf(name), points);
      }
    }
    return new Scoring(types, sentiments);
  }

  /** The version of the points, from their content: the table has no version of its own. */
  public static long version(Scoring points) {
    return ETags.ofContent(points.toString());
  }

  /** Changes the points if they are still those of the If-Match version (412/428 otherwise). */
  @Transactional
  public Scoring update(String ifMatch, ScoringRequest r) {
    // Readers go on; a concurrent change waits, then finds another version.
    em.createNativeQuery("lock table score_points in exclusive mode").executeUpdate();
    ETags.require(ifMatch, version(load()));
    if (r.types() != null) r.types().forEach((type, p) -> upsert("TYPE", type.name(), p));
    if (r.sentiments() != null) r.sentiments().forEach((s, p) -> upsert("SENTIMENT", s.name(), p));
    return load();
  }

  private void upsert(String dimension, String name, int points) {
    em.createNativeQuery(
            "insert into score_points (dimension, name, points) values (?1, ?2, ?3)"
                + " on conflict (dimension, name) do update set points = excluded.points")
        .setParameter(1, dimension)
        .setParameter(2, name)
        .setParameter(3, points)
        .executeUpdate();
  }

  private static <E extends Enum<E>> boolean known(Class<E> kind, String name) {
    for (E e : kind.getEnumConstants()) {
      if (e.name().equals(name)) return true;
    }
    return false;
  }
}
