package io.parcours.persona;

import io.parcours.common.Keyset;
import io.parcours.common.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class PersonaQueries {

  private static final Map<String, Keyset.Field<Persona>> SORTS =
      Map.of("name", new Keyset.Field<>("name", v -> v, p -> p.name));

  private PersonaQueries() {}

  static Page<PersonaView> page(String q, String cursor, int limit) {
    Keyset<Persona> keyset = Keyset.of("name", SORTS, p -> p.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (q != null && !q.isBlank()) {
      // the words are data: LIKE's wildcards in them match themselves
      where.add("lower(name) like :q escape '\\'");
      String words = q.strip().toLowerCase();
      params.put(
          "q", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    keyset.after(cursor, where, params);
    String hql =
        "from Persona"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<Persona> rows = Persona.<Persona>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, PersonaView::from);
  }
}
