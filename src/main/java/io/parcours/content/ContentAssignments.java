package io.parcours.content;

import io.parcours.common.Actor;
import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.common.Problem;
import io.parcours.common.RequestContext;
import io.parcours.lead.Lead;
import io.parcours.lead.LeadService;
import io.parcours.lead.LeadsEntered;
import io.parcours.lead.Stage;
import io.parcours.lead.StageChanged;
import io.parcours.lead.TransitionKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Gives content to leads and follows what happened next: sent, viewed, clicked, converted. */
@ApplicationScoped
public class ContentAssignments {

  /** The moves that count as the lead advancing after what it received. */
  private static final Set<TransitionKind> ADVANCES =
      EnumSet.of(
          TransitionKind.ADVANCE, TransitionKind.REPEAT_PURCHASE, TransitionKind.REENGAGEMENT);

  private static final String AUTO_ASSIGN = "content-auto-assign";

  @Inject AppClock clock;
  @Inject EntityManager em;
  @Inject LeadService leads;
  @Inject RequestContext request;
  @Inject ContentSettings settings;
  @Inject NextContent next;
  @Inject Event<ContentAssigned> assigned;
  @Inject Event<ContentsAssigned> assignedAll;

  /** A salesperson (or API client) gives an item to a lead. */
  @Transactional
  public ContentAssignment assign(UUID leadId, UUID contentId) {
    Lead lead = leads.get(leadId);
    ContentItem item = ContentItem.findById(contentId);
    if (item == null) {
      throw Problem.invalid("contentId", "no content item has this id");
    }
    if (!item.active) {
      throw Problem.unprocessable("The content item is inactive").with("contentId", contentId);
    }
    return assign(lead, item, request.actor(), false);
  }

  /**
   * Records that the lead received the item in its current pass through its stage; a second time in
   * the same pass is a 409 naming the first.
   */
  @Transactional
  public ContentAssignment assign(Lead lead, ContentItem item, Actor actor, boolean automatic) {
    ContentAssignment.findInPass(lead.id, item.id, lead.stageEnteredAt)
        .ifPresent(
            existing -> {
              throw Problem.conflict(
                      "The lead already received this item during its current "
                          + lead.stage
                          + " stage")
                  .with("existingId", existing.id);
            });
    ContentAssignment a = new ContentAssignment();
    a.id = UUID.randomUUID();
    a.leadId = lead.id;
    a.contentId = item.id;
    a.stage = lead.stage;
    a.stageEnteredAt = lead.stageEnteredAt;
    a.assignedAt = clock.now();
    a.actorType = actor.type();
    a.actorId = actor.id();
    a.automatic = automatic;
    a.persist();
    assigned.fire(new ContentAssigned(a));
    return a;
  }

  public ContentAssignment get(UUID leadId, UUID assignmentId) {
    leads.get(leadId); // not found for a caller who may not see the lead
    return ContentAssignment.<ContentAssignment>find(
            "id = ?1 and leadId = ?2", assignmentId, leadId)
        .firstResultOptional()
        .orElseThrow(() -> Problem.notFound("Assignment", assignmentId));
  }

  /** The item went out to the lead (by email, say); the first time counts. */
  @Transactional
  public ContentAssignment markSent(UUID assignmentId, Instant at) {
    ContentAssignment a = ContentAssignment.findById(assignmentId);
    if (a == null) {
      throw Problem.notFound("Assignment", assignmentId);
    }
    a.sentAt = a.sentAt == null ? at : a.sentAt;
    return a;
  }

  /**
   * Many items went out, each at its own time, in one statement; the first time counts, as in
   * {@link #markSent}. Ids and times pair up by position.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int markAllSent(List<UUID> assignmentIds, List<Instant> at) {
    if (assignmentIds.isEmpty()) {
      return 0;
    }
    return Jdbc.update(
        em,
        "update content_assignment a set sent_at = coalesce(a.sent_at, v.at::timestamptz)"
            + " from unnest(?, ?) as v(id, at) where a.id = v.id",
        assignmentIds.toArray(UUID[]::new),
        at.stream().map(Instant::toString).toArray(String[]::new));
  }

  /** A content-view touchpoint naming the item: marks the lead's latest assignment of it. */
  @Transactional
  public Optional<ContentAssignment> markViewed(UUID leadId, UUID contentId, Instant at) {
    return ContentAssignment.findLatest(leadId, contentId).map(a -> viewed(a, at));
  }

  /** A click on the item, which is a view too. */
  @Transactional
  public Optional<ContentAssignment> markClicked(UUID leadId, UUID contentId, Instant at) {
    return ContentAssignment.findLatest(leadId, contentId).map(a -> clicked(a, at));
  }

  @Transactional
  public ContentAssignment viewed(UUID leadId, UUID assignmentId) {
    return viewed(get(leadId, assignmentId), clock.now());
  }

  @Transactional
  public ContentAssignment clicked(UUID leadId, UUID assignmentId) {
    return clicked(get(leadId, assignmentId), clock.now());
  }

  private static ContentAssignment viewed(ContentAssignment a, Instant at) {
    a.viewedAt = a.viewedAt == null ? at : a.viewedAt;
    return a;
  }

  private static ContentAssignment clicked(ContentAssignment a, Instant at) {
    a.clickedAt = a.clickedAt == null ? at : a.clickedAt;
    return viewed(a, at);
  }

  /**
   * Inside the stage change's transaction: converts what the lead had, gives what it needs next.
   */
  void on(@Observes StageChanged e) {
    Lead lead = e.lead();
    var t = e.transition();
    if (t.fromStage != null && ADVANCES.contains(t.kind)) {
      Jdbc.update(
          em,
          "update content_assignment set converted_at = ? where lead_id = ? and stage = ?"
              + " and converted_at is null",
          t.at,
          lead.id,
          t.fromStage);
    }
    if (settings.autoAssign() && t.toStage != Stage.LOST) {
      Actor system = Actor.system(AUTO_ASSIGN);
      next.rank(lead, null, settings.autoAssignCount())
          .forEach(choice -> assign(lead, choice.item(), system, true));
    }
  }

  /**
   * The same for many new leads' entries at once: their next best content is ranked in memory and
   * given in one statement.
   */
  void on(@Observes LeadsEntered e) throws SQLException {
    if (!settings.autoAssign()) {
      return;
    }
    List<ContentItem> active = QuarkusTransaction.requiringNew().call(ContentItem::findActive);
    if (active.isEmpty()) {
      return;
    }
    Connection c = e.connection();
    List<Ranking.Target> targets = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(ENTERED)) {
      int at = e.bind(s, 1);
      // only the leads of the stages some item serves
      s.setArray(
          at,
          c.createArrayOf(
              "text", active.stream().flatMap(i -> i.stages.stream()).distinct().toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          targets.add(
              new Ranking.Target(
                  r.getObject(1, UUID.class),
                  Stage.valueOf(r.getString(2)),
                  r.getObject(3, UUID.class),
                  r.getString(4),
                  Set.of()));
        }
      }
    }
    Map<UUID, List<UUID>> best = next.rankNew(c, active, targets, settings.autoAssignCount());
    if (best.isEmpty()) {
      return;
    }
    List<UUID> leadIds = new ArrayList<>();
    List<UUID> contentIds = new ArrayList<>();
    for (Ranking.Target t : targets) {
      for (UUID item : best.getOrDefault(t.leadId(), List.of())) {
        leadIds.add(t.leadId());
        contentIds.add(item);
      }
    }
    Actor system = Actor.system(AUTO_ASSIGN);
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(ASSIGN)) {
      s.setString(1, system.type().name());
      s.setString(2, system.id());
      s.setArray(3, c.createArrayOf("uuid", leadIds.toArray()));
      s.setArray(4, c.createArrayOf("uuid", contentIds.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getObject(1, UUID.class));
        }
      }
    }
    assignedAll.fire(new ContentsAssigned(c, ids, system, e.correlationId()));
  }

  private static final String ENTERED =
      "select t.lead_id, t.to_stage, l.persona_id, l.locale from stage_transition t"
          + " join lead l on l.id = t.lead_id where "
          + LeadsEntered.ENTRIES
          + " and t.to_stage <> 'LOST' and t.to_stage = any(?) order by t.id";

  private static final String ASSIGN =
      """
      insert into content_assignment (id, lead_id, content_id, stage, stage_entered_at,
        assigned_at, actor_type, actor_id, automatic)
      select gen_random_uuid(), x.lead_id, x.content_id, l.stage, l.stage_entered_at, now(), ?, ?,
        true
      from unnest(cast(? as uuid[]), cast(? as uuid[])) as x(lead_id, content_id)
      join lead l on l.id = x.lead_id
      returning id
      """;
}
