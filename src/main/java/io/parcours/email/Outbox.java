package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.common.Problem;
import io.parcours.discount.DiscountKind;
import io.parcours.lead.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The only code that changes an outbox email's status: each change is a move of {@link OutboxMove},
 * refused when the email is not in a status the move starts from. Moves of one email go through its
 * entity; moves of many are single statements limited to the move's sources. All run in the
 * caller's transaction.
 */
@ApplicationScoped
public class Outbox {

  @Inject EntityManager em;
  @Inject AppClock clock;

  /** What a journey step sends: its template, content types and the discount to issue, if any. */
  public record Plan(
      UUID journeyId,
      UUID enrolmentId,
      int step,
      Long transitionId,
      UUID templateId,
      boolean marketing,
      List<String> contentTypes,
      DiscountKind discountKind,
      BigDecimal discountValue,
      String discountCurrency) {}

  /**
   * A journey step's email, due at the given time, in the caller's transaction: the step and its
   * email commit together or not at all. Answers its id.
   */
  public UUID plan(Lead lead, Plan p, Instant dueAt) {
    Instant now = clock.now();
    OutboxEmail e = new OutboxEmail();
    e.id = UUID.randomUUID();
    e.leadId = lead.id;
    e.journeyId = p.journeyId();
    e.enrolmentId = p.enrolmentId();
    e.step = p.step();
    e.transitionId = p.transitionId();
    e.templateId = p.templateId();
    e.contentTypes = List.copyOf(p.contentTypes());
    e.discountKind = p.discountKind();
    e.discountValue = p.discountValue();
    e.discountCurrency = p.discountCurrency();
    e.stage = lead.stage;
    e.stageEnteredAt = lead.stageEnteredAt;
    e.marketing = p.marketing();
    e.status = OutboxStatus.PENDING;
    e.dueAt = dueAt;
    e.createdAt = now;
    e.updatedAt = now;
    e.persist();
    return e.id;
  }

  /**
   * A content item a person sends a lead once, outside any journey, due at the given time (later
   * when the lead's weekly cap is reached, with that reason). Answers its id.
   */
  UUID sendOnce(
      Lead lead, UUID templateId, UUID contentId, UUID assignmentId, Instant dueAt, String reason) {
    Instant now = clock.now();
    OutboxEmail e = new OutboxEmail();
    e.id = UUID.randomUUID();
    e.leadId = lead.id;
    e.templateId = templateId;
    e.contentTypes = List.of();
    e.contentId = contentId;
    e.assignmentId = assignmentId;
    e.stage = lead.stage;
    e.stageEnteredAt = lead.stageEnteredAt;
    e.marketing = true;
    e.status = OutboxStatus.PENDING;
    e.dueAt = dueAt;
    e.reason = reason;
    e.createdAt = now;
    e.updatedAt = now;
    e.persist();
    return e.id;
  }

  /**
   * Claims up to limit emails due at this time, earliest first, skipping rows another dispatcher
   * holds; answers their ids.
   */
  List<UUID> claim(Instant now, int limit) {
    String sql =
        "with due as (select id, due_at from email_outbox where "
            + OutboxMove.CLAIM.sourcesSql()
            + " and due_at <= ? order by due_at limit ? for update skip locked)"
            + " update email_outbox e set status = ?, claimed_at = ?, handed_over_at = null,"
            + " updated_at = ? from due where e.id = due.id returning e.id, due.due_at";
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    List<Claimed> claimed =
        em.unwrap(Session.class)
            .doReturningWork(
                c -> {
                  try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setObject(1, at);
                    s.setInt(2, limit);
                    s.setString(3, OutboxMove.CLAIM.to().name());
                    s.setObject(4, at);
                    s.setObject(5, at);
                    List<Claimed> out = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                      while (r.next()) {
                        out.add(
                            new Claimed(
                                r.getObject(1, UUID.class), r.getObject(2, OffsetDateTime.class)));
                      }
                    }
                    return out;
                  }
                });
    return claimed.stream().sorted(Comparator.comparing(Claimed::dueAt)).map(Claimed::id).toList();
  }

  private record Claimed(UUID id, OffsetDateTime dueAt) {}

  /** An email handed to SMTP with others: its recipient, subject and language as rendered. */
  record HandOver(UUID id, String toAddress, String subject, String locale) {}

  /**
   * Hands claimed emails over to SMTP at once (no status change: they stay SENDING); only rows of
   * this claim not handed over yet are. From its commit on, a crash leaves their outcome unknown,
   * and the lease runs from now. Answers how many rows were handed over.
   */
  int handOver(List<HandOver> emails, Instant claimedAt, Instant now) {
    if (emails.isEmpty()) {
      return 0;
    }
    return Jdbc.execute(
        em,
        "update email_outbox e set handed_over_at = ?, claimed_at = ?, updated_at = ?,"
            + " to_address = v.to_address, subject = v.subject, locale = v.locale"
            + " from unnest(?, ?, ?, ?) as v(id, to_address, subject, locale)"
            + " where e.id = v.id and e.status = 'SENDING' and e.handed_over_at is null"
            + " and e.claimed_at = ?",
        now,
        now,
        now,
        emails.stream().map(HandOver::id).toArray(UUID[]::new),
        emails.stream().map(HandOver::toAddress).toArray(String[]::new),
        emails.stream().map(HandOver::subject).toArray(String[]::new),
        emails.stream().map(HandOver::locale).toArray(String[]::new),
        claimedAt);
  }

  /** Many claimed emails found not to be sent, each with its reason (see {@link #stop}). */
  int stopAll(List<UUID> ids, List<String> reasons) {
    if (ids.isEmpty()) {
      return 0;
    }
    return Jdbc.execute(
        em,
        "update email_outbox e set status = ?, reason = v.reason, updated_at = ?"
            + " from unnest(?, ?) as v(id, reason) where e.id = v.id and e."
            + OutboxMove.STOP.sourcesSql(),
        OutboxMove.STOP.to(),
        clock.now(),
        ids.toArray(UUID[]::new),
        reasons.toArray(String[]::new));
  }

  /** Many claimed emails due again when their lead's weekly cap frees (see {@link #postpone}). */
  int postponeAll(List<UUID> ids, List<Instant> dues, String reason) {
    if (ids.isEmpty()) {
      return 0;
    }
    return Jdbc.execute(
        em,
        "update email_outbox e set status = ?, due_at = v.due::timestamptz, reason = ?,"
            + " updated_at = ? from unnest(?, ?) as v(id, due) where e.id = v.id and e."
            + OutboxMove.POSTPONE.sourcesSql(),
        OutboxMove.POSTPONE.to(),
        reason,
        clock.now(),
        ids.toArray(UUID[]::new),
        dues.stream().map(Instant::toString).toArray(String[]::new));
  }

  /** A message the SMTP server accepted, and when. */
  record Accepted(UUID id, String messageId, Instant at) {}

  /** A row moved to SENT: the content assignment it sent, if any, and when. */
  record Recorded(UUID id, UUID assignmentId, Instant sentAt) {}

  /**
   * Many messages the SMTP server accepted, in one statement (see {@link #sent}); answers the rows
   * it moved.
   */
  List<Recorded> sentAll(List<Accepted> sent) {
    if (sent.isEmpty()) {
      return List.of();
    }
    return Jdbc.query(
        em,
        "update email_outbox e set status = ?, attempts = e.attempts + 1,"
            + " sent_at = v.at::timestamptz, updated_at = v.at::timestamptz,"
            + " message_id = v.message_id, last_error = null"
            + " from unnest(?, ?, ?) as v(id, message_id, at) where e.id = v.id and e."
            + OutboxMove.SEND.sourcesSql()
            + " returning e.id, e.assignment_id, e.sent_at",
        List.of(
            OutboxMove.SEND.to(),
            sent.stream().map(Accepted::id).toArray(UUID[]::new),
            sent.stream().map(Accepted::messageId).toArray(String[]::new),
            sent.stream().map(a -> a.at().toString()).toArray(String[]::new)),
        r ->
            new Recorded(
                r.getObject(1, UUID.class), r.getObject(2, UUID.class), Jdbc.instant(r, 3)));
  }

  /** The SMTP server accepted the message: one attempt spent. */
  void sent(OutboxEmail e, String messageId) {
    move(e, OutboxMove.SEND);
    e.attempts++;
    e.sentAt = e.updatedAt;
    e.messageId = messageId;
    e.lastError = null;
  }

  /** A temporary failure: one attempt spent, due again at the given time. */
  void retry(OutboxEmail e, Instant due, String error) {
    move(e, OutboxMove.RETRY);
    e.attempts++;
    e.lastError = error;
    e.dueAt = due;
  }

  /** A final failure: one attempt spent, never sent unless a person requeues it. */
  void fail(OutboxEmail e, String error) {
    move(e, OutboxMove.FAIL);
    e.attempts++;
    e.lastError = error;
  }

  /** Found not to be sent by the last check before sending. */
  void stop(OutboxEmail e, String reason) {
    move(e, OutboxMove.STOP);
    e.reason = reason;
  }

  /** Due again when the lead's weekly cap frees; no attempt spent. */
  void postpone(OutboxEmail e, Instant due, String reason) {
    move(e, OutboxMove.POSTPONE);
    e.dueAt = due;
    e.reason = reason;
  }

  /** Sends an UNKNOWN or FAILED email again, at once, with its attempts counted afresh. */
  void requeue(OutboxEmail e) {
    if (!OutboxMove.REQUEUE.allows(e.status)) {
      throw Problem.conflict("Only an UNKNOWN or FAILED email can be requeued")
          .with("emailStatus", e.status);
    }
    OutboxStatus was = e.status;
    move(e, OutboxMove.REQUEUE);
    e.reason = "Requeued from " + was;
    e.dueAt = e.updatedAt;
    e.attempts = 0;
    e.claimedAt = null;
  }

  /**
   * Gives claimed emails back, due as they were and with no attempt spent, when nothing reached the
   * SMTP server: their hand-over is undone.
   */
  int release(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    String sql =
        "update email_outbox set status = ?, claimed_at = null, handed_over_at = null,"
            + " updated_at = ? where id = any(?) and "
            + OutboxMove.RELEASE.sourcesSql();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, OutboxMove.RELEASE.to().name());
                s.setObject(2, now);
                s.setArray(3, c.createArrayOf("uuid", ids.toArray()));
                return s.executeUpdate();
              }
            });
  }

  /** Emails claimed before this time and never handed to SMTP: certainly not sent, queued again. */
  int releaseUnsent(Instant claimedBefore) {
    return Jdbc.update(
        em,
        "update email_outbox set status = ?, updated_at = ? where claimed_at < ?"
            + " and handed_over_at is null and "
            + OutboxMove.RELEASE.sourcesSql(),
        OutboxMove.RELEASE.to(),
        clock.now(),
        claimedBefore);
  }

  /** Emails still SENDING since before this time, handed to SMTP: they may have gone out. */
  int abandon(Instant claimedBefore, String error) {
    return Jdbc.update(
        em,
        "update email_outbox set status = ?, last_error = ?, updated_at = ? where claimed_at < ?"
            + " and "
            + OutboxMove.ABANDON.sourcesSql(),
        OutboxMove.ABANDON.to(),
        error,
        clock.now(),
        claimedBefore);
  }

  /** What an enrolment that left its journey still has waiting. */
  public int cancelEnrolment(UUID enrolmentId, String reason) {
    return Jdbc.update(
        em,
        "update email_outbox set status = ?, reason = ?, updated_at = ? where enrolment_id = ?"
            + " and "
            + OutboxMove.CANCEL.sourcesSql(),
        OutboxMove.CANCEL.to(),
        reason,
        clock.now(),
        enrolmentId);
  }

  /** Every email still waiting for the lead. */
  int cancelAll(UUID leadId, String reason) {
    return Jdbc.update(
        em,
        "update email_outbox set status = ?, reason = ?, updated_at = ? where lead_id = ? and "
            + OutboxMove.CANCEL.sourcesSql(),
        OutboxMove.CANCEL.to(),
        reason,
        clock.now(),
        leadId);
  }

  private void move(OutboxEmail e, OutboxMove m) {
    if (!m.allows(e.status)) {
      throw new IllegalStateException(
          "Email " + e.id + " is " + e.status + ": " + m + " needs one of " + m.from());
    }
    e.status = m.to();
    e.updatedAt = clock.now();
  }
}
