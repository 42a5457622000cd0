package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.email.template.MailModel;
import io.parcours.lead.ConsentStatus;
import io.parcours.lead.EmailConsent;
import io.parcours.settings.Settings;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The next batch of a dispatcher, in the caller's one transaction: due emails claimed, the last
 * checks of {@link Preparation} made for all of them from one read (journey, consent, weekly cap),
 * stopped and postponed ones moved in one statement each, the rest rendered and handed over to SMTP
 * in one statement, committed before any goes out. An email that must first be given content or a
 * discount code, whose lead is gone, or that the lead's weekly cap admits only if the lead's
 * earlier emails of the batch fail, is left claimed for {@link Preparation}, one by one, after
 * those; one whose message cannot be composed is left claimed and reported, so that it fails alone.
 */
@ApplicationScoped
class BatchPreparation {

  private static final Duration WEEK = Duration.ofDays(7);

  @Inject EntityManager em;
  @Inject AppClock clock;
  @Inject EmailSettings settings;
  @Inject Settings limits;
  @Inject Outbox outbox;
  @Inject Composer composer;
  @Inject Templates templates;

  /** A message handed over, ready to send. */
  record Handed(UUID id, Mail mail, String messageId) {}

  /**
   * What a claim gave: how many rows, the messages handed over, the rows left for one-by-one
   * preparation, and those whose message could not be composed (with why).
   */
  record Batch(
      int claimed,
      Instant claimedAt,
      List<Handed> handed,
      List<UUID> oneByOne,
      Map<UUID, RuntimeException> refused) {}

  /** The claimed row and what the checks and the message need of its lead, journey and cap. */
  private record Row(
      UUID id,
      UUID templateId,
      boolean marketing,
      Instant stageEnteredAt,
      boolean oneByOne,
      UUID leadId,
      String email,
      String firstName,
      String lastName,
      String company,
      String locale,
      String stage,
      Instant leadStageEnteredAt,
      String consent,
      boolean exited,
      String exitReason,
      boolean migrated,
      Boolean journeyActive,
      boolean exitReached,
      Long templateVersion,
      long sentThisWeek,
      Instant firstSentThisWeek) {}

  private static final String READ =
      """
      select o.id, o.template_id, o.marketing, o.stage_entered_at,
             o.discount_kind is not null or o.discount_code_id is not null
               or o.content_id is not null
               or cardinality(array_remove(o.content_types, 'DISCOUNT')) > 0 or l.id is null,
             l.id, l.email, l.first_name, l.last_name, l.company, l.locale, l.stage,
             l.stage_entered_at, l.consent_status,
             x.id is not null, x.exit_reason,
             o.enrolment_id is null and o.journey_id is not null, j.active,
             coalesce(l.stage = any (j.exit_stages), false),
             t.version, coalesce(c.sent, 0), c.first
        from email_outbox o
        left join lead l on l.id = o.lead_id
        left join journey_enrolment x on x.id = o.enrolment_id and x.state = 'EXITED'
        left join journey j on j.id = o.journey_id
        left join email_template t on t.id = o.template_id
        left join lateral (
             select count(*) as sent, min(s.sent_at) as first from email_outbox s
              where s.lead_id = o.lead_id and s.marketing and s.status = 'SENT'
                and s.sent_at > ?) c on o.marketing
       where o.id = any (?)
      """;

  /** Claims up to the batch size of due emails and hands over what may go at once. */
  Batch next(Instant claimedAt) {
    List<UUID> ids = outbox.claim(claimedAt, settings.batchSize());
    if (ids.isEmpty()) {
      return new Batch(0, claimedAt, List.of(), List.of(), Map.of());
    }
    Instant now = clock.now();
    Map<UUID, Row> rows = new HashMap<>();
    for (Row r :
        Jdbc.query(em, READ, List.of(now.minus(WEEK), ids.toArray(UUID[]::new)), this::row)) {
      rows.put(r.id(), r);
    }
    List<UUID> stopped = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<UUID> postponed = new ArrayList<>();
    List<Instant> dues = new ArrayList<>();
    List<UUID> oneByOne = new ArrayList<>();
    Map<UUID, RuntimeException> refused = new LinkedHashMap<>();
    List<Handed> handed = new ArrayList<>();
    List<Outbox.HandOver> handOvers = new ArrayList<>();
    Map<UUID, Integer> marketingInBatch = new HashMap<>();
    for (UUID id : ids) {
      Row r = rows.get(id);
      if (r == null || r.oneByOne()) {
        oneByOne.add(id);
        continue;
      }
      Optional<String> stop = stopReason(r);
      if (stop.isPresent()) {
        stopped.add(id);
        reasons.add(stop.get());
        continue;
      }
      if (r.marketing()) {
        if (r.sentThisWeek() >= limits.emailWeeklyCap()) {
          postponed.add(id);
          dues.add(r.firstSentThisWeek().plus(WEEK));
          continue;
        }
        int earlier = marketingInBatch.getOrDefault(r.leadId(), 0);
        if (r.sentThisWeek() + earlier >= limits.emailWeeklyCap()) {
          // The lead's earlier emails of this batch fill the cap if they go: decided after them.
          oneByOne.add(id);
          continue;
        }
        marketingInBatch.put(r.leadId(), earlier + 1);
      }
      try {
        if (r.templateVersion() == null) {
          throw new IllegalStateException("the email's template no longer exists");
        }
        MailModel.Lead lead = MailModel.leadOf(r.firstName(), r.lastName(), r.company(), r.email());
        Composer.Composed c =
            composer.compose(
                id,
                templates.at(r.templateId(), r.templateVersion()),
                r.leadId(),
                r.locale(),
                lead,
                null,
                null);
        handed.add(new Handed(id, c.mail(), c.messageId()));
        handOvers.add(new Outbox.HandOver(id, r.email(), c.subject(), c.locale()));
      } catch (RuntimeException e) {
        refused.put(id, e);
      }
    }
    outbox.stopAll(stopped, reasons);
    outbox.postponeAll(
        postponed,
        dues,
        "Postponed: the lead reached the weekly cap of " + limits.emailWeeklyCap());
    // Committed before the messages go out: from now on a crash leaves their outcome unknown.
    outbox.handOver(handOvers, claimedAt, now);
    return new Batch(ids.size(), claimedAt, handed, oneByOne, refused);
  }

  /** The same checks, in the same order, as {@link Preparation}. */
  private static Optional<String> stopReason(Row r) {
    if (r.exited()) {
      return Optional.of("The lead left the journey: " + r.exitReason());
    }
    if (r.migrated()) {
      if (!Boolean.TRUE.equals(r.journeyActive())) {
        return Optional.of("The journey is no longer active");
      }
      boolean movedSince =
          r.stageEnteredAt() == null || r.leadStageEnteredAt().isAfter(r.stageEnteredAt());
      if (r.exitReached() && movedSince) {
        return Optional.of("The lead reached " + r.stage() + ", an exit of the journey");
      }
    }
    if (r.email() == null) {
      return Optional.of("The lead has no email address");
    }
    ConsentStatus status = r.consent() == null ? null : ConsentStatus.valueOf(r.consent());
    return Consents.refusal(new EmailConsent(status, null, null, null), r.marketing());
  }

  private Row row(ResultSet rs) throws SQLException {
    long version = rs.getLong(20);
    Long templateVersion = rs.wasNull() ? null : version;
    boolean active = rs.getBoolean(18);
    Boolean journeyActive = rs.wasNull() ? null : active;
    return new Row(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getBoolean(3),
        Jdbc.instant(rs, 4),
        rs.getBoolean(5),
        rs.getObject(6, UUID.class),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        Jdbc.instant(rs, 13),
        rs.getString(14),
        rs.getBoolean(15),
        rs.getString(16),
        rs.getBoolean(17),
        journeyActive,
        rs.getBoolean(19),
        templateVersion,
        rs.getLong(21),
        Jdbc.instant(rs, 22));
  }
}
