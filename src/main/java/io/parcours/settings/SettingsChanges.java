package io.parcours.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Actor;
import io.parcours.common.Jdbc;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The log of the settings' changes, newest first; the cursor is the last id shown. */
@ApplicationScoped
class SettingsChanges {

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  Page<SettingsChangeView> list(String cursor, int limit) {
    List<Object> params = new ArrayList<>();
    String where = "";
    if (cursor != null) {
      params.add(after(cursor));
      where = " where id < ?";
    }
    params.add(limit + 1);
    List<SettingsChangeView> rows =
        Jdbc.query(
            em,
            "select id, changed_at, actor_type, actor_id, actor_name, changes::text"
                + " from settings_change"
                + where
                + " order by id desc limit ?",
            params,
            rs ->
                new SettingsChangeView(
                    rs.getLong(1),
                    Jdbc.instant(rs, 2),
                    new Actor(Actor.Type.valueOf(rs.getString(3)), rs.getString(4)),
                    rs.getString(5),
                    changes(rs.getString(6))));
    return Page.of(rows, limit, c -> Long.toString(c.id()), c -> c);
  }

  private static long after(String cursor) {
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw Problem.badRequest("Malformed cursor").with("parameter", "cursor");
    }
  }

  private List<SettingsChangeView.Change> changes(String text) {
    try {
      return Arrays.asList(json.readValue(text, SettingsChangeView.Change[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
