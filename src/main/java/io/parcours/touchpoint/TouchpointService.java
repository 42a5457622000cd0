package io.parcours.touchpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parcours.common.AppClock;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.lead.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records touchpoints; scoring and journey rules follow through {@link TouchpointRecorded}. */
@ApplicationScoped
public class TouchpointService {

  @Inject AppClock clock;
  @Inject RequestContext request;
  @Inject Validator validator;
  @Inject ObjectMapper json;
  @Inject TouchpointStore store;
  @Inject Event<TouchpointRecorded> recorded;

  /** The touchpoint, and whether it is new or the one an earlier push with its externalId made. */
  public record Recorded(Touchpoint touchpoint, boolean duplicate) {}

  @Transactional
  public Recorded record(UUID leadId, TouchpointRequest r) {
    List<FieldError> errors = new ArrayList<>();
    TouchpointInput input = parse(r, errors);
    if (r.leadId() != null && !r.leadId().equals(leadId)) {
      errors.add(new FieldError("leadId", "must be absent or the lead of the path"));
    }
    if (r.email() != null) {
      errors.add(new FieldError("email", "must be absent: the path names the lead"));
    }
    if (!errors.isEmpty()) {
      throw Problem.badRequest("The request has invalid fields").with("errors", errors);
    }
    Lead lead =
        Lead.findForUpdate(leadId)
            .filter(l -> request.mayAccess(l.ownerId))
            .orElseThrow(() -> Problem.notFound("Lead", leadId));
    Touchpoint stored = store(lead, input);
    return stored != null
        ? new Recorded(stored, false)
        : new Recorded(
            Touchpoint.findByExternalId(lead.id, input.source(), input.externalId()), true);
  }

  /**
   * Records what the service itself observed (a redeemed code, a sent email) for a lead the caller
   * has locked, once per lead, source and external id.
   */
  public void recordObserved(
      Lead lead,
      Channel channel,
      TouchpointType type,
      Instant at,
      String source,
      String externalId,
      Map<String, Object> properties) {
    String propertiesJson;
    try {
      propertiesJson = json.writeValueAsString(properties);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    store(
        lead,
        new TouchpointInput(
            channel,
            type,
            type.usualSentiment(),
            at,
            null,
            null,
            properties,
            propertiesJson,
            source,
            externalId));
  }

  public Touchpoint get(UUID leadId, UUID id) {
    Lead lead = Lead.findById(leadId);
    return Touchpoint.<Touchpoint>findByIdOptional(id)
        .filter(t -> t.leadId.equals(leadId) && lead != null && request.mayAccess(lead.ownerId))
        .orElseThrow(() -> Problem.notFound("Touchpoint", id));
  }

  TouchpointInput parse(TouchpointRequest r, List<FieldError> errors) {
    return TouchpointInput.parse(r, clock.now(), validator, json, errors);
  }

  /**
   * Stores the touchpoint of a lead the caller has locked and lets the observers react; null when
   * it is a duplicate, which changes nothing.
   */
  Touchpoint store(Lead lead, TouchpointInput in) {
    Touchpoint t = build(lead, in);
    if (!store.insert(t, in.propertiesJson())) {
      return null;
    }
    react(lead, t);
    return t;
  }

  Touchpoint build(Lead lead, TouchpointInput in) {
    Touchpoint t = new Touchpoint();
    t.id = UUID.randomUUID();
    t.leadId = lead.id;
    t.occurredAt = in.occurredAt();
    t.channel = in.channel();
    t.type = in.type();
    t.sentiment = in.sentiment();
    t.contentId = in.contentId();
    t.note = in.note();
    t.properties = in.properties();
    t.source = in.source();
    t.externalId = in.externalId();
    t.leadStage = lead.stage;
    t.recordedAt = clock.now();
    t.correlationId = request.correlationId();
    return t;
  }

  /** What follows a stored touchpoint: scoring, journey rules and the other observers. */
  void react(Lead lead, Touchpoint t) {
    lead.updatedAt = t.recordedAt;
    recorded.fire(new TouchpointRecorded(lead, t));
  }
}
