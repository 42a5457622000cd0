package io.parcours.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.common.RequestContext;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Appends domain events to the feed inside the caller's transaction, so that an event exists
 * exactly when its change does; webhook deliveries are planned by the same insert.
 */
@ApplicationScoped
public class DomainEvents {

  public static final String LEAD_CREATED = "lead.created";
  public static final String LEAD_UPDATED = "lead.updated";
  public static final String LEAD_DELETED = "lead.deleted";
  public static final String LEAD_STAGE_CHANGED = "lead.stage_changed";
  public static final String TOUCHPOINT_RECORDED = "touchpoint.recorded";
  public static final String CONTENT_ASSIGNED = "content.assigned";
  public static final String DISCOUNT_REDEEMED = "discount.redeemed";
  public static final String EMAIL_SENT = "email.sent";
  public static final String EMAIL_FAILED = "email.failed";
  public static final String LEAD_UNSUBSCRIBED = "lead.unsubscribed";

  /** The types a webhook may subscribe to. */
  public static final Set<String> TYPES =
      Set.of(
          LEAD_CREATED,
          LEAD_UPDATED,
          LEAD_DELETED,
          LEAD_STAGE_CHANGED,
          TOUCHPOINT_RECORDED,
          CONTENT_ASSIGNED,
          DISCOUNT_REDEEMED,
          EMAIL_SENT,
          EMAIL_FAILED,
          LEAD_UNSUBSCRIBED);

  private static final String INSERT =
      "insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id,"
          + " correlation_id, payload) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))";

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject AppClock clock;
  @Inject RequestContext request;

  /** Records an event done by the current caller; the payload is serialised as JSON. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String type, UUID leadId, Object payload) {
    boolean active = Arc.container().requestContext().isActive();
    record(type, leadId, payload, active ? request.actor() : Actor.system("background"));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String type, UUID leadId, Object payload, Actor actor) {
    String body;
    try {
      body = json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event payload is not serialisable: " + type, e);
    }
    boolean active = Arc.container().requestContext().isActive();
    Jdbc.execute(
        em,
        INSERT,
        type,
        leadId,
        clock.now(),
        actor == null ? null : actor.type().name(),
        actor == null ? null : actor.id(),
        active ? request.correlationId() : null,
        body);
  }

  /**
   * Records one event for each row a select answers (lead id, payload as jsonb) given an array of
   * ids as its one parameter, done by the current caller, in one statement.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(String type, String rows, List<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    boolean active = Arc.container().requestContext().isActive();
    Actor actor = active ? request.actor() : Actor.system("background");
    String correlationId = active ? request.correlationId() : null;
    em.unwrap(Session.class).doWork(c -> recordAll(c, type, actor, correlationId, rows, ids));
  }

  /**
   * Records one event for each row a select answers (lead id, payload as jsonb) given an array of
   * ids as its one parameter, in one statement on the caller's connection: for changes made in
   * bulk, outside the entity manager.
   */
  public void recordAll(
      Connection c, String type, Actor actor, String correlationId, String rows, List<UUID> ids)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id,"
                + " correlation_id, payload) select ?, r.lead_id, ?, ?, ?, ?, r.payload from ("
                + rows
                + ") as r(lead_id, payload)")) {
      s.setString(1, type);
      s.setObject(2, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
      s.setString(3, actor == null ? null : actor.type().name());
      s.setString(4, actor == null ? null : actor.id());
      s.setString(5, correlationId);
      s.setArray(6, c.createArrayOf("uuid", ids.toArray()));
      s.executeUpdate();
    }
  }
}
