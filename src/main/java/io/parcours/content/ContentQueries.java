package io.parcours.content;

import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.lead.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class ContentQueries {

  static final Map<String, Keyset.Field<ContentItem>> SORTS =
      Map.of(
          "createdAt", new Keyset.Field<>("createdAt", Instant::parse, c -> c.createdAt),
          "title", new Keyset.Field<>("title", v -> v, c -> c.title));

  private ContentQueries() {}

  static Page<ContentView> search(
      ContentType type,
      Stage stage,
      UUID personaId,
      Boolean active,
      String group,
      String sort,
      String cursor,
      int limit) {
    Keyset<ContentItem> keyset = Keyset.of(sort, SORTS, c -> c.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (type != null) {
      where.add("type = :type");
      params.put("type", type);
    }
    if (stage != null) {
      where.add("array_contains(stages, :stage)");
      params.put("stage", stage.name());
    }
    if (personaId != null) {
      where.add("(array_length(personaIds) = 0 or array_contains(personaIds, :persona))");
      params.put("persona", personaId);
    }
    if (active != null) {
      where.add("active = :active");
      params.put("active", active);
    }
    if (group != null) {
      where.add("variantGroup = :group");
      params.put("group", group);
    }
    keyset.after(cursor, where, params);
    String hql =
        "from ContentItem"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<ContentItem> rows = ContentItem.<ContentItem>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, ContentView::from);
  }
}
