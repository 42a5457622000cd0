package io.parcours.content;

import io.parcours.common.ETags;
import io.parcours.lead.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which content types each stage needs: the default journey's requirements, and the stages a new
 * item serves when none are given. Starts as PRODUCT.md §3's mapping; marketing may change it.
 */
@ApplicationScoped
public class StageContentTypes {

  @Inject EntityManager em;

  public Map<Stage, List<ContentType>> all() {
    Map<Stage, List<ContentType>> map = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      if (s != Stage.LOST) {
        map.put(s, new ArrayList<>());
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select stage, type from stage_content_type order by stage, type")
            .getResultList();
    for (Object[] row : rows) {
      map.get(Stage.valueOf((String) row[0])).add(ContentType.valueOf((String) row[1]));
    }
    map.values().forEach(list -> list.sort(null));
    return map;
  }

  public List<Stage> stagesOf(ContentType type) {
    return all().entrySet().stream()
        .filter(e -> e.getValue().contains(type))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The version of the whole mapping, from its content: the table has no version of its own. */
  public static long version(Map<Stage, List<ContentType>> all) {
    return ETags.ofContent(all.toString());
  }

  /**
   * Replaces one stage's types if the mapping is still that of the If-Match version (412/428
   * otherwise); answers the whole mapping.
   */
  @Transactional
  public Map<Stage, List<ContentType>> replace(
      Stage stage, String ifMatch, List<ContentType> types) {
    // Readers go on; a concurrent change waits, then finds another version.
    em.createNativeQuery("lock table stage_content_type in exclusive mode").executeUpdate();
    ETags.require(ifMatch, version(all()));
    em.createNativeQuery("delete from stage_content_type where stage = ?1")
        .setParameter(1, stage.name())
        .executeUpdate();
    List<ContentType> distinct = types.stream().distinct().sorted().toList();
    for (ContentType type : distinct) {
      em.createNativeQuery("insert into stage_content_type (stage, type) values (?1, ?2)")
          .setParameter(1, stage.name())
          .setParameter(2, type.name())
          .executeUpdate();
    }
    return all();
  }
}
