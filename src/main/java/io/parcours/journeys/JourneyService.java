package io.parcours.journeys;

import io.parcours.common.AppClock;
import io.parcours.common.ETags;
import io.parcours.common.Keyset;
import io.parcours.common.Page;
import io.parcours.common.Problem;
import io.parcours.lead.LeadService;
import io.parcours.lead.Stage;
import io.parcours.persona.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JourneyService {

  private static final Map<String, Keyset.Field<Journey>> SORTS =
      Map.of("createdAt", new Keyset.Field<>("createdAt", Instant::parse, j -> j.createdAt));

  @Inject AppClock clock;
  @Inject Enrolments enrolments;
  @Inject LeadService leads;

  public Page<JourneyView> list(Stage stage, String cursor, int limit) {
    Keyset<Journey> keyset = Keyset.of("createdAt", SORTS, j -> j.id);
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (stage != null) {
      where.add("entryStage = :stage");
      params.put("stage", stage);
    }
    keyset.after(cursor, where, params);
    String hql =
        "from Journey"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + keyset.orderBy();
    List<Journey> rows = Journey.<Journey>find(hql, params).range(0, limit).list();
    return Page.of(rows, limit, keyset::cursorOf, JourneyView::from);
  }

  public Journey get(UUID id) {
    return Journey.<Journey>findByIdOptional(id).orElseThrow(() -> Problem.notFound("Journey", id));
  }

  /** The journey's entrants, where they stand, and its exits by reason. */
  public JourneyStats stats(UUID id) {
    return JourneyStats.of(get(id).id);
  }

  /** The journeys of a lead the caller may see, latest entry first. */
  public List<EnrolmentView> enrolments(UUID leadId) {
    leads.get(leadId);
    return Enrolment.ofLead(leadId).stream()
        .map(e -> EnrolmentView.from(e, Journey.findById(e.journeyId)))
        .toList();
  }

  @Transactional
  public Journey create(JourneyRequest r) {
    Journey j = new Journey();
    j.id = UUID.randomUUID();
    j.createdAt = clock.now();
    apply(j, r);
    j.persist();
    return j;
  }

  /** Running enrolments go on at their next step; deactivating ends them. */
  @Transactional
  public Journey replace(UUID id, String ifMatch, JourneyRequest r) {
    Journey j = get(id);
    ETags.require(ifMatch, j.version);
    boolean wasActive = j.active;
    apply(j, r);
    if (wasActive && !j.active) {
      enrolments.deactivated(j);
    }
    Journey.flush();
    return j;
  }

  /** Only a journey nobody entered goes; the others are deactivated instead. */
  @Transactional
  public void delete(UUID id) {
    Journey j = get(id);
    long entered = Enrolment.count("journeyId", id);
    if (entered > 0) {
      throw Problem.conflict("Leads entered the journey and stay on record; deactivate it")
          .with("enrolments", entered);
    }
    j.delete();
  }

  private void apply(Journey j, JourneyRequest r) {
    JourneyChecks.check(r);
    if (r.personaId() != null && Persona.findById(r.personaId()) == null) {
      throw Problem.invalid("personaId", "no persona has this id");
    }
    j.name = r.name().strip();
    j.entryStage = r.entryStage();
    j.entryTouchpoint = r.entryTouchpoint();
    j.entryDate = r.entryDate() == null ? null : r.entryDate().normalised();
    j.entrySilence = r.entrySilence() == null ? null : Duration.parse(r.entrySilence()).toString();
    j.personaId = r.personaId();
    j.reentry = r.reentry() == null ? Reentry.EVERY : r.reentry();
    j.steps = r.steps().stream().map(JourneyStep::normalised).toList();
    j.exitTouchpoints = names(r.exitTouchpoints());
    j.exitStages = names(r.exitStages());
    j.exitOnBounce = r.exitOnBounce() != null && r.exitOnBounce();
    j.active = r.active() == null || r.active();
    j.updatedAt = clock.now();
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values == null ? List.of() : values.stream().distinct().map(Enum::name).toList();
  }
}
