package io.parcours.lead;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Moves leads along the journey; the only writer of the stage history. */
@ApplicationScoped
public class StageService {

  @Inject AppClock clock;
  @Inject RequestContext request;
  @Inject Event<StageChanged> changes;
  @Inject StagePaths paths;

  /** A stage change asked for by a person or a system, against the version it read. */
  @Transactional
  public Lead change(UUID leadId, String ifMatch, StageChangeRequest change) {
    Lead lead = locked(leadId, ifMatch);
    move(lead, change.stage(), request.actor(), Cause.of(Cause.Type.MANUAL), change.reason());
    Lead.flush();
    return lead;
  }

  /** A person's move to the next stage of the lead's path, past the stages its persona skips. */
  @Transactional
  public Lead advance(UUID leadId, String ifMatch) {
    Lead lead = locked(leadId, ifMatch);
    Stage to = paths.of(lead).next(lead.stage);
    if (to == null) {
      throw Problem.conflict("A lead in " + lead.stage + " has no next stage" + ofPersona(lead))
          .with("from", lead.stage);
    }
    move(lead, to, request.actor(), Cause.of(Cause.Type.MANUAL), null);
    Lead.flush();
    return lead;
  }

  /** The stages this lead may move to now, on its persona's path. */
  public List<StageRules.Target> targets(Lead lead) {
    return StageRules.targets(lead.stage, paths.of(lead));
  }

  private Lead locked(UUID leadId, String ifMatch) {
    Lead lead =
        Lead.findForUpdate(leadId)
            .filter(l -> request.mayAccess(l.ownerId))
            .orElseThrow(() -> Problem.notFound("Lead", leadId));
    ETags.require(ifMatch, lead.version);
    return lead;
  }

  /**
   * Moves a lead the caller has locked (or just created) and appends the history row. Illegal moves
   * are a 409 naming the allowed targets.
   */
  public StageTransition move(Lead lead, Stage to, Actor actor, Cause cause, String reason) {
    StagePath path = paths.of(lead);
    if (!path.includes(to)) {
      throw outside(Problem.conflict(lacks(lead, to)), lead, path);
    }
    TransitionKind kind =
        StageRules.kind(lead.stage, to, path)
            .orElseThrow(
                () ->
                    Problem.conflict("A lead cannot move from " + lead.stage + " to " + to)
                        .with("from", lead.stage)
                        .with("allowed", StageRules.targets(lead.stage, path)));
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (kind.needsReason() && why == null) {
      throw Problem.badRequest(
              "Moving from " + lead.stage + " to " + to + " is a " + kind + " and needs a reason")
          .with("kind", kind)
          .with("errors", List.of(Map.of("field", "reason", "message", "must not be blank")));
    }
    return record(lead, lead.stage, to, kind, clock.now(), actor, cause, why);
  }

  /** The first stage of a new lead: the first of its persona's path, unless one is asked for. */
  public Stage entry(Lead lead, Stage asked) {
    return asked == null ? paths.of(lead).first() : asked;
  }

  /** The first row of a new lead's history: its entry into the journey. */
  public StageTransition enter(Lead lead, Actor actor, Cause cause) {
    StagePath path = paths.of(lead);
    if (!path.includes(lead.stage)) {
      throw outside(Problem.invalid("stage", lacks(lead, lead.stage)), lead, path);
    }
    return record(
        lead, null, lead.stage, TransitionKind.ENTRY, lead.stageEnteredAt, actor, cause, null);
  }

  /** A refusal naming the persona whose journey lacks the stage. */
  private static Problem outside(Problem refusal, Lead lead, StagePath path) {
    return refusal
        .with("personaId", lead.persona.id)
        .with("persona", lead.persona.name)
        .with("stages", path.stages());
  }

  private static String lacks(Lead lead, Stage stage) {
    return "The journey of the persona " + lead.persona.name + " does not go through " + stage;
  }

  private static String ofPersona(Lead lead) {
    return lead.persona == null ? "" : " in the journey of the persona " + lead.persona.name;
  }

  private StageTransition record(
      Lead lead,
      Stage from,
      Stage to,
      TransitionKind kind,
      Instant at,
      Actor actor,
      Cause cause,
      String reason) {
    StageTransition t = new StageTransition();
    t.leadId = lead.id;
    t.fromStage = from;
    t.toStage = to;
    t.kind = kind;
    t.at = at;
    t.actorType = actor.type();
    t.actorId = actor.id();
    t.causeType = cause.type();
    t.causeId = cause.id();
    t.reason = reason;
    t.correlationId = request.correlationId();
    t.persist();
    // A lead created at CUSTOMER starts its first cycle when inserted (see LeadService.insert).
    if (to == Stage.CUSTOMER && kind != TransitionKind.ENTRY) {
      lead.cycle++;
    }
    if (kind != TransitionKind.ENTRY) {
      lead.stage = to;
      lead.stageEnteredAt = at;
      lead.updatedAt = at;
    }
    changes.fire(new StageChanged(lead, t));
    return t;
  }
}
