package io.parcours.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Jdbc;
import io.parcours.common.RequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The one writer of the settings and of their change log. */
@ApplicationScoped
class SettingsService {

  @Inject Settings settings;
  @Inject EntityManager em;
  @Inject AppClock clock;
  @Inject RequestContext request;
  @Inject SecurityIdentity identity;
  @Inject ObjectMapper json;

  /**
   * Replaces the stored settings (null: the environment's value) if the caller read the current
   * version, and records what changed and who changed it.
   */
  @Transactional
  void replace(String ifMatch, SettingsValues next) {
    Locked stored =
        Jdbc.query(
                em,
                "select overrides::text, version from app_settings for update",
                List.of(),
                rs -> new Locked(read(rs.getString(1)), rs.getLong(2)))
            .get(0);
    ETags.require(ifMatch, stored.version());
    List<Map<String, Object>> changes = changes(stored.overrides(), next);
    Instant now = clock.now();
    String actorName = identity.getPrincipal().getName();
    Jdbc.execute(
        em,
        "update app_settings set overrides = ?::jsonb, version = version + 1, updated_at = ?,"
            + " updated_by = ? where version = ?",
        write(next),
        now,
        actorName,
        stored.version());
    if (!changes.isEmpty()) {
      Jdbc.execute(
          em,
          "insert into settings_change (changed_at, actor_type, actor_id, actor_name, changes)"
              + " values (?, ?, ?, ?, ?::jsonb)",
          now,
          request.actor().type().name(),
          request.actor().id(),
          actorName,
          write(changes));
    }
  }

  private record Locked(SettingsValues overrides, long version) {}

  /** Each setting whose stored value differs, with what it was and became. */
  static List<Map<String, Object>> changes(SettingsValues before, SettingsValues after) {
    List<Map<String, Object>> changes = new ArrayList<>();
    for (RecordComponent c : SettingsValues.class.getRecordComponents()) {
      Object from = value(c, before);
      Object to = value(c, after);
      if (!Objects.equals(from, to)) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("setting", c.getName());
        change.put("from", from);
        change.put("to", to);
        changes.add(change);
      }
    }
    return changes;
  }

  private static Object value(RecordComponent c, SettingsValues values) {
    try {
      return c.getAccessor().invoke(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private SettingsValues read(String overrides) {
    try {
      return json.readValue(overrides, SettingsValues.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
