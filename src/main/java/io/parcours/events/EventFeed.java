package io.parcours.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Actor;
import io.parcours.common.Cursor;
import io.parcours.common.Jdbc;
import io.parcours.common.LeadAccess;
import io.parcours.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the feed. Only events of transactions older than the oldest one still running are served,
 * so nothing can later appear before a position already handed out: no gaps, no duplicates.
 */
@ApplicationScoped
public class EventFeed {

  /** The condition that makes an event safe to serve, shared with the webhook dispatcher. */
  public static final String SETTLED = "txid < pg_snapshot_xmin(pg_current_snapshot())";

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject EventRetention.Settings retention;

  @Transactional
  public EventPage read(String after, int limit, List<String> types, Optional<UUID> ownerScope) {
    Position from = after == null ? new Position("0", 0) : Position.decode(after);
    if (after != null && beforeHorizon(from)) {
      throw new Problem(
              410,
              "Gone",
              "The cursor is older than the feed's retention window of "
                  + retention.retention().toDays()
                  + " days: events after it were removed. Read again from the start (no cursor)"
                  + " and resynchronise from the API.")
          .with("parameter", "after")
          .with("retentionDays", retention.retention().toDays());
    }
    StringBuilder sql =
        new StringBuilder(
            "select id, txid::text as txid_text, type, lead_id, occurred_at, actor_type, actor_id,"
                + " correlation_id, payload::text from domain_event e"
                + " where (txid, id) > (cast(? as xid8), ?) and "
                + SETTLED);
    if (!types.isEmpty()) {
      sql.append(" and type = any (?)");
    }
    Optional<LeadAccess> access = LeadAccess.sql(ownerScope, "l.owner_id");
    if (access.isPresent()) {
      sql.append(
          " and (lead_id is null or exists (select 1 from lead l where l.id = e.lead_id and "
              + access.get().condition()
              + "))");
    }
    // The column, not its text: as text, 1000 sorts before 999 and a page would skip past events.
    sql.append(" order by e.txid, e.id limit ?");
    List<Object> params = new ArrayList<>(List.of(from.txid(), from.id()));
    if (!types.isEmpty()) {
      params.add(types.toArray(String[]::new));
    }
    access.ifPresent(a -> params.add(a.owner()));
    params.add(limit + 1);
    List<EventView> rows = Jdbc.query(em, sql.toString(), params, this::view);
    boolean more = rows.size() > limit;
    List<EventView> shown = more ? rows.subList(0, limit) : rows;
    String next = shown.isEmpty() ? after : shown.get(shown.size() - 1).cursor();
    return new EventPage(List.copyOf(shown), next, more);
  }

  /** True when a month holding events after this position was dropped. */
  private boolean beforeHorizon(Position p) {
    return !Jdbc.query(
            em,
            "select 1 from domain_event_horizon where (cast(? as xid8), ?) < (txid, id)",
            List.of(p.txid(), p.id()),
            r -> true)
        .isEmpty();
  }

  private EventView view(ResultSet r) throws SQLException {
    long id = r.getLong(1);
    String actorType = r.getString(6);
    try {
      return new EventView(
          Long.toString(id),
          r.getString(3),
          r.getObject(4, UUID.class),
          Jdbc.instant(r, 5),
          actorType == null ? null : new Actor(Actor.Type.valueOf(actorType), r.getString(7)),
          r.getString(8),
          json.readTree(r.getString(9)),
          new Position(r.getString(2), id).encode());
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable event payload " + id, e);
    }
  }

  /** A place in the feed: the (transaction id, event id) of the last event seen. */
  record Position(String txid, long id) {

    String encode() {
      return new Cursor(txid, Long.toString(id)).encode();
    }

    static Position decode(String token) {
      Cursor c = Cursor.decode(token);
      try {
        Long.parseUnsignedLong(c.value());
        return new Position(c.value(), Long.parseLong(c.id()));
      } catch (NumberFormatException e) {
        throw Problem.badRequest("The cursor is not a position of the event feed")
            .with("parameter", "after");
      }
    }
  }
}
