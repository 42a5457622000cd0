package io.parcours.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Cursor;
import io.parcours.common.Instants;
import io.parcours.common.Jdbc;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.security.Permission;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every timeline source in one UNION ALL, keyset-paginated on (at, kind, id), newest first. */
@ApplicationScoped
class TimelineQuery {

  @Inject Instance<TimelineSource> sources;
  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject SecurityIdentity identity;

  /** The entries of the kinds the caller may read; stage changes go with the lead itself. */
  Page<TimelineEntry> page(UUID leadId, String cursor, int limit) {
    Key after = cursor == null ? null : Key.decode(cursor);
    String union =
        sources.stream()
            .filter(s -> Permission.heldBy(identity, s.permission()))
            .map(TimelineSource::select)
            .collect(Collectors.joining(" union all "));
    String sql =
        "select kind, id, at, data::text from ("
            + union
            + ") e where lead_id = ?"
            + (after == null ? "" : " and (at, kind, id) < (?, ?, ?)")
            + " order by at desc, kind desc, id desc limit ?";
    List<Object> params = new ArrayList<>(List.of(leadId));
    if (after != null) {
      params.addAll(List.of(after.at(), after.kind(), after.id()));
    }
    params.add(limit + 1);
    List<TimelineEntry> rows =
        Jdbc.query(
            em,
            sql,
            params,
            rs ->
                new TimelineEntry(
                    rs.getString(1), rs.getString(2), Jdbc.instant(rs, 3), data(rs.getString(4))));
    return Page.of(rows, limit, e -> new Key(e.at(), e.kind(), e.id()).encode(), e -> e);
  }

  private Map<String, Object> data(String text) {
    try {
      return json.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A timeline source returned invalid JSON", e);
    }
  }

  /** The position of an entry: its time, then its kind and id to break ties. */
  record Key(Instant at, String kind, String id) {

    String encode() {
      return new Cursor(at.toString(), kind + ":" + id).encode();
    }

    static Key decode(String token) {
      Cursor c = Cursor.decode(token);
      int colon = c.id().indexOf(':');
      try {
        if (colon < 1) {
          throw new IllegalArgumentException();
        }
        Instant at = Instant.parse(c.value());
        if (!Instants.accepted(at)) {
          throw new IllegalArgumentException();
        }
        return new Key(at, c.id().substring(0, colon), c.id().substring(colon + 1));
      } catch (RuntimeException e) {
        throw Problem.badRequest("The cursor is not valid; use the nextCursor of a previous page")
            .with("parameter", "cursor");
      }
    }
  }
}
