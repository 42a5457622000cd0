package io.parcours.events;

import io.parcours.common.Actor;
import io.parcours.content.ContentAssigned;
import io.parcours.content.ContentAssignment;
import io.parcours.content.ContentsAssigned;
import io.parcours.discount.DiscountRedeemed;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadChanged;
import io.parcours.lead.StageChanged;
import io.parcours.lead.StageTransition;
import io.parcours.lead.TransitionKind;
import io.parcours.touchpoint.Touchpoint;
import io.parcours.touchpoint.TouchpointRecorded;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the features' own CDI events into feed events, inside their transactions. Runs before the
 * other observers, so that a cause is in the feed before what it causes (a touchpoint before the
 * stage change its rule makes).
 */
@ApplicationScoped
class EventRecorder {

  static final int PRIORITY = Interceptor.Priority.APPLICATION - 100;

  @Inject DomainEvents events;

  void on(@Observes @Priority(PRIORITY) LeadChanged e) {
    Lead l = e.lead();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("email", l.email);
    switch (e.kind()) {
      case CREATED -> {
        data.put("stage", l.stage);
        data.put("ownerId", l.ownerId);
        data.put("personaId", l.persona == null ? null : l.persona.id);
        events.record(DomainEvents.LEAD_CREATED, l.id, data);
      }
      case UPDATED -> {
        data.put("stage", l.stage);
        data.put("ownerId", l.ownerId);
        data.put("personaId", l.persona == null ? null : l.persona.id);
        Map<String, Object> changes = new LinkedHashMap<>();
        e.fields().forEach(f -> changes.put(f, valueOf(l, f)));
        data.put("changes", changes);
        events.record(DomainEvents.LEAD_UPDATED, l.id, data);
      }
      case DELETED -> events.record(DomainEvents.LEAD_DELETED, l.id, data);
    }
  }

  /** The entry into the journey is the lead.created event; every later move is one of these. */
  void on(@Observes @Priority(PRIORITY) StageChanged e) {
    StageTransition t = e.transition();
    if (t.kind == TransitionKind.ENTRY) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("from", t.fromStage);
    data.put("to", t.toStage);
    data.put("kind", t.kind);
    data.put("cause", typed(t.causeType, t.causeId));
    data.put("actor", typed(t.actorType, t.actorId));
    data.put("reason", t.reason);
    data.put("at", t.at);
    events.record(
        DomainEvents.LEAD_STAGE_CHANGED, t.leadId, data, new Actor(t.actorType, t.actorId));
  }

  void on(@Observes @Priority(PRIORITY) TouchpointRecorded e) {
    Touchpoint t = e.touchpoint();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("touchpointId", t.id);
    data.put("channel", t.channel);
    data.put("type", t.type);
    data.put("sentiment", t.sentiment);
    data.put("occurredAt", t.occurredAt);
    data.put("contentId", t.contentId);
    data.put("source", t.source);
    data.put("externalId", t.externalId);
    events.record(DomainEvents.TOUCHPOINT_RECORDED, t.leadId, data);
  }

  void on(@Observes @Priority(PRIORITY) ContentAssigned e) {
    ContentAssignment a = e.assignment();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("assignmentId", a.id);
    data.put("contentId", a.contentId);
    data.put("stage", a.stage);
    data.put("automatic", a.automatic);
    events.record(DomainEvents.CONTENT_ASSIGNED, a.leadId, data, new Actor(a.actorType, a.actorId));
  }

  /** The same payload as one assignment's, for many given at once. */
  void on(@Observes @Priority(PRIORITY) ContentsAssigned e) throws SQLException {
    events.recordAll(
        e.connection(),
        DomainEvents.CONTENT_ASSIGNED,
        e.actor(),
        e.correlationId(),
        "select a.lead_id, jsonb_build_object('assignmentId', a.id, 'contentId', a.content_id,"
            + " 'stage', a.stage, 'automatic', a.automatic) from content_assignment a"
            + " where a.id = any(?) order by a.lead_id",
        e.assignmentIds());
  }

  void on(@Observes @Priority(PRIORITY) DiscountRedeemed e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("codeId", e.code().id);
    data.put("code", e.code().code);
    data.put("redemptionId", e.redemption().id);
    data.put("orderReference", e.redemption().orderReference);
    events.record(DomainEvents.DISCOUNT_REDEEMED, e.redemption().leadId, data);
  }

  /** The new value of a changed field, as the lead API names it. */
  private static Object valueOf(Lead l, String field) {
    return switch (field) {
      case "email" -> l.email;
      case "firstName" -> l.firstName;
      case "lastName" -> l.lastName;
      case "company" -> l.company;
      case "phone" -> l.phone;
      case "locale" -> l.locale;
      case "personaId" -> l.persona == null ? null : l.persona.id;
      case "ownerId" -> l.ownerId;
      case "source" -> l.source;
      case "dealValue" -> l.dealValue;
      case "tags" -> l.tags;
      case "attributes" -> l.attributes;
      case "consent" -> l.consent;
      default -> null;
    };
  }

  private static Map<String, Object> typed(Object type, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("id", id);
    return m;
  }
}
