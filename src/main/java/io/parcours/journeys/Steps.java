package io.parcours.journeys;

import io.parcours.common.Actor;
import io.parcours.content.ContentAssignment;
import io.parcours.content.ContentAssignments;
import io.parcours.content.ContentItem;
import io.parcours.content.NextContent;
import io.parcours.email.Consents;
import io.parcours.email.Outbox;
import io.parcours.lead.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the steps of one enrolment, in the caller's transaction: a SEND step writes its outbox row
 * with the step's advance, so that a crash neither loses nor doubles the email.
 */
@ApplicationScoped
class Steps {

  @Inject Outbox outbox;
  @Inject NextContent next;
  @Inject ContentAssignments assignments;

  /** Runs every step due by now, up to the next wait or the end. */
  void runDue(Enrolment e, Journey j, Lead lead, Instant now) {
    while (e.running() && !e.dueAt.isAfter(now)) {
      run(e, j, lead, now);
    }
  }

  /** Runs the enrolment's next step, or completes it when none is left. */
  void run(Enrolment e, Journey j, Lead lead, Instant now) {
    e.updatedAt = now;
    if (e.step >= j.steps.size()) {
      complete(e);
      return;
    }
    JourneyStep s = j.steps.get(e.step);
    if (s.kind() == JourneyStep.Kind.BRANCH) {
      branch(e, j, s, lead);
      return;
    }
    switch (s.kind()) {
      case WAIT -> {
        e.dueAt = e.dueAt.plus(s.waitDuration());
        e.state = EnrolmentState.WAITING;
      }
      case SEND -> send(e, j, s, lead);
      case ASSIGN -> assign(e, j, s, lead);
      case BRANCH -> throw new IllegalStateException("a branch runs apart");
    }
    e.step++;
    if (s.kind() != JourneyStep.Kind.WAIT) {
      e.state = EnrolmentState.ACTIVE;
      if (e.step >= j.steps.size()) {
        complete(e);
      }
    }
  }

  private void send(Enrolment e, Journey j, JourneyStep s, Lead lead) {
    boolean marketing = s.marketing() == null || s.marketing();
    Optional<String> refusal =
        lead.email == null
            ? Optional.of("the lead has no email address")
            : Consents.refusal(lead.consent, marketing);
    if (refusal.isPresent()) {
      e.note = "Step " + (e.step + 1) + " not sent: " + refusal.get();
      return;
    }
    JourneyStep.Discount d = s.discount();
    List<String> types =
        s.contentTypes() == null ? List.of() : s.contentTypes().stream().map(Enum::name).toList();
    outbox.plan(
        lead,
        new Outbox.Plan(
            j.id,
            e.id,
            e.step,
            e.entryTransitionId,
            s.templateId(),
            marketing,
            types,
            d == null ? null : d.kind(),
            d == null ? null : d.value(),
            d == null ? null : d.currency()),
        e.dueAt);
  }

  private void assign(Enrolment e, Journey j, JourneyStep s, Lead lead) {
    Optional<ContentItem> item = next.forLead(lead, s.contentType());
    if (item.isEmpty()) {
      e.note = "Step " + (e.step + 1) + ": no " + s.contentType() + " content left to give";
      return;
    }
    Optional<ContentAssignment> given =
        ContentAssignment.findInPass(lead.id, item.get().id, lead.stageEnteredAt);
    if (given.isEmpty()) {
      assignments.assign(lead, item.get(), Actor.rule(j.id), true);
    }
  }

  /** Goes on at the branch's target when its condition holds, else at the next step. */
  private static void branch(Enrolment e, Journey j, JourneyStep s, Lead lead) {
    e.state = EnrolmentState.ACTIVE;
    int at = e.step + 1;
    if (!Branches.holds(s.condition(), e, lead)) {
      e.step++;
    } else if (s.goTo() == null) {
      e.step = j.steps.size();
      e.note = "Step " + at + ": " + s.condition().kind() + " held, the journey ended";
    } else {
      e.step = s.goTo() - 1;
      e.note = "Step " + at + ": " + s.condition().kind() + " held, on to step " + s.goTo();
    }
    if (e.step >= j.steps.size()) {
      complete(e);
    }
  }

  private static void complete(Enrolment e) {
    e.state = EnrolmentState.COMPLETED;
    e.dueAt = null;
  }
}
