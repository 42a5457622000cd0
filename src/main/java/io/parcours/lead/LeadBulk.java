package io.parcours.lead;

import io.parcours.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Creates and merges many leads at once, on the caller's connection and in its transaction, with
 * what creating or upserting one through {@link LeadService} writes: the lead, its entry into the
 * journey, its lead.created or lead.updated event; then {@link LeadsEntered} for the effects of the
 * entries. The rows come from a table of checked rows: row_number, error (null for a valid row),
 * lead_id (the existing lead, or null), the lead's columns as text under their own names (email,
 * first_name, ..., stage, deal_value, consent_status ...), persona and owner as uuid, tag_list.
 */
@ApplicationScoped
public class LeadBulk {

  @Inject Event<LeadsEntered> entered;

  /** Who writes, why, and the request that asked for it. */
  public record Batch(Actor actor, Cause cause, String correlationId) {}

  /** Plain text columns: a value in the row replaces the lead's. */
  private static final List<String> TEXT =
      List.of(
          "first_name",
          "last_name",
          "company",
          "phone",
          "locale",
          "source_channel",
          "source_campaign",
          "utm_source",
          "utm_medium",
          "utm_campaign");

  private static final String SOURCE =
      "coalesce(e.source_channel, e.source_campaign, e.utm_source, e.utm_medium, e.utm_campaign)";

  /**
   * The fields a row gives, as the lead API names them, with their new values (see
   * LeadService.given); like the API's JSON, the payload leaves out what is null.
   */
  private static final String CHANGES =
      """
      jsonb_build_object('email', l.email)
        || case when e.first_name is null then '{}' else jsonb_build_object('firstName', l.first_name) end
        || case when e.last_name is null then '{}' else jsonb_build_object('lastName', l.last_name) end
        || case when e.company is null then '{}' else jsonb_build_object('company', l.company) end
        || case when e.phone is null then '{}' else jsonb_build_object('phone', l.phone) end
        || case when e.locale is null then '{}' else jsonb_build_object('locale', l.locale) end
        || case when e.persona is null then '{}' else jsonb_build_object('personaId', l.persona_id) end
        || case when e.owner is null then '{}' else jsonb_build_object('ownerId', l.owner_id) end
        || case when %s is null then '{}' else jsonb_build_object('source', jsonb_build_object(
             'channel', l.source_channel, 'campaign', l.source_campaign, 'utmSource', l.utm_source,
             'utmMedium', l.utm_medium, 'utmCampaign', l.utm_campaign)) end
        || case when e.deal_value is null then '{}' else jsonb_build_object('dealValue', l.deal_value) end
        || case when e.tag_list is null then '{}' else jsonb_build_object('tags', l.tags) end
        || case when e.consent_status is null then '{}' else jsonb_build_object('consent',
             jsonb_build_object('status', l.consent_status, 'basis', l.consent_basis,
                                'source', l.consent_source, 'at', l.consent_at)) end
      """
          .formatted(SOURCE);

  /**
   * Parameters: actor type, actor id, correlation id. Merges the valid rows of existing leads, as
   * an upsert does (consent only while none was recorded), leaving alone the leads they would not
   * change; answers the updated and matched (updated or unchanged) counts.
   */
  private static final String MERGE =
      """
      with p as (select cast(? as text) as actor_type, cast(? as text) as actor_id,
                        cast(? as text) as correlation_id),
      existing as (select * from %1$s where error is null and lead_id is not null),
      updated as (
        update lead l set %2$s,
          persona_id = coalesce(e.persona, l.persona_id),
          owner_id = coalesce(e.owner, l.owner_id),
          deal_value = coalesce(e.deal_value::numeric, l.deal_value),
          tags = coalesce(e.tag_list, l.tags),
          consent_status = case when l.consent_status = 'UNKNOWN' and e.consent_status is not null
                                then e.consent_status else l.consent_status end,
          consent_basis = case when l.consent_status = 'UNKNOWN' and e.consent_status is not null
                               then e.consent_basis else l.consent_basis end,
          consent_source = case when l.consent_status = 'UNKNOWN' and e.consent_status is not null
                                then e.consent_source else l.consent_source end,
          consent_at = case when l.consent_status = 'UNKNOWN' and e.consent_status is not null
                            then now() else l.consent_at end,
          updated_at = now(), version = l.version + 1
        from existing e
        where l.id = e.lead_id and (%3$s
          or (e.persona is not null and e.persona is distinct from l.persona_id)
          or (e.owner is not null and e.owner is distinct from l.owner_id)
          or (e.deal_value is not null and e.deal_value::numeric is distinct from l.deal_value)
          or (e.tag_list is not null and e.tag_list is distinct from l.tags)
          or (l.consent_status = 'UNKNOWN' and e.consent_status is not null))
        returning l.id, l.email, l.stage, l.owner_id, l.persona_id, %4$s as changes),
      events as (
        insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, correlation_id,
          payload)
        select 'lead.updated', u.id, now(), p.actor_type, p.actor_id, p.correlation_id,
          jsonb_strip_nulls(jsonb_build_object('email', u.email, 'stage', u.stage,
                                               'ownerId', u.owner_id, 'personaId', u.persona_id,
                                               'changes', u.changes))
        from updated u, p
        returning 1)
      select (select count(*) from updated), (select count(*) from existing),
             (select count(*) from events)
      """;

  /**
   * Ids that grow with time and row number (a UUID version 7 layout): new leads are appended to the
   * primary key index instead of scattered through it, which makes large imports markedly faster.
   */
  private static final String ID =
      "(substr(p.ts, 1, 8) || '-' || substr(p.ts, 9, 4) || '-7' ||"
          + " substr(lpad(to_hex(c.row_number), 11, '0'), 1, 3) || '-8' ||"
          + " substr(lpad(to_hex(c.row_number), 11, '0'), 4, 3) || '-' ||"
          + " substr(lpad(to_hex(c.row_number), 11, '0'), 7, 5) ||"
          + " substr(md5(p.cause_id), 1, 7))::uuid";

  /**
   * Parameters: cause type, cause id, actor type, actor id, correlation id, first and last row
   * number. Creates the new leads of these rows with their entries, funnel deltas (which the
   * history trigger leaves to this statement, see V85) and events; answers the created count and
   * the first and last history row ids. Run in slices, so that a slice's leads are still in shared
   * buffers when the foreign keys of their history are checked, at the end of the statement.
   */
  private static final String CREATE =
      """
      with p as (select cast(? as text) as cause_type, cast(? as text) as cause_id,
                        cast(? as text) as actor_type, cast(? as text) as actor_id,
                        cast(? as text) as correlation_id, cast(? as bigint) as first_row,
                        cast(? as bigint) as last_row,
                        lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
                          as ts),
      created as (
        insert into lead (id, email, first_name, last_name, company, phone, locale, persona_id,
          owner_id, source_channel, source_campaign, utm_source, utm_medium, utm_campaign, stage,
          stage_entered_at, deal_value, consent_status, consent_basis, consent_source, consent_at,
          tags, cycle, created_at, updated_at)
        select %2$s, c.email, c.first_name, c.last_name, c.company, c.phone,
          coalesce(c.locale, 'en'), c.persona, c.owner, c.source_channel, c.source_campaign,
          c.utm_source, c.utm_medium, c.utm_campaign, coalesce(c.stage, 'DISCOVERY'), now(),
          c.deal_value::numeric, coalesce(c.consent_status, 'UNKNOWN'), c.consent_basis,
          c.consent_source, case when c.consent_status is not null then now() end,
          coalesce(c.tag_list, '{}'), case when c.stage = 'CUSTOMER' then 1 else 0 end, now(), now()
        from %1$s c, p
        where c.error is null and c.lead_id is null
          and c.row_number between p.first_row and p.last_row
        returning id, email, stage, owner_id, persona_id, source_channel, stage_entered_at),
      history as (
        insert into stage_transition (lead_id, from_stage, to_stage, kind, at, actor_type, actor_id,
          cause_type, cause_id, correlation_id)
        select c.id, null, c.stage, 'ENTRY', c.stage_entered_at, p.actor_type, p.actor_id,
          p.cause_type, p.cause_id, p.correlation_id
        from created c, p
        returning id),
      funnel as (
        insert into analytics_funnel_delta (entry_day, cohort_day, stage, persona_id, owner_id, source,
          reached, advanced)
        select analytics_day(now()), analytics_day(now()), stage, persona_id, owner_id, source_channel,
          count(*), 0
        from created group by stage, persona_id, owner_id, source_channel),
      events as (
        insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, correlation_id,
          payload)
        select 'lead.created', c.id, now(), p.actor_type, p.actor_id, p.correlation_id,
          jsonb_strip_nulls(
            jsonb_build_object('email', c.email, 'stage', c.stage, 'ownerId', c.owner_id,
                               'personaId', c.persona_id))
        from created c, p
        returning 1)
      select (select count(*) from created), (select min(id) from history),
             (select max(id) from history), (select count(*) from events)
      """;

  /** Merges the valid rows of existing leads; answers the updated and matched counts. */
  public long[] merge(Connection c, String rows, Batch batch) throws SQLException {
    String sql =
        MERGE.formatted(
            rows,
            TEXT.stream()
                .map(col -> col + " = coalesce(e." + col + ", l." + col + ")")
                .collect(Collectors.joining(", ")),
            TEXT.stream()
                .map(
                    col ->
                        "(e."
                            + col
                            + " is not null and e."
                            + col
                            + " is distinct from l."
                            + col
                            + ")")
                .collect(Collectors.joining(" or ")),
            CHANGES);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, batch.actor().type().name());
      s.setString(2, batch.actor().id());
      s.setString(3, batch.correlationId());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new long[] {r.getLong(1), r.getLong(2)};
      }
    }
  }

  /**
   * Creates the new leads of the valid rows numbered first to last, with their entries, and fires
   * {@link LeadsEntered} for them; answers how many were created.
   */
  public long create(Connection c, String rows, Batch batch, long first, long last)
      throws SQLException {
    long created;
    long firstTransition;
    long lastTransition;
    try (PreparedStatement s = c.prepareStatement(CREATE.formatted(rows, ID))) {
      s.setString(1, batch.cause().type().name());
      s.setString(2, batch.cause().id());
      s.setString(3, batch.actor().type().name());
      s.setString(4, batch.actor().id());
      s.setString(5, batch.correlationId());
      s.setLong(6, first);
      s.setLong(7, last);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        created = r.getLong(1);
        firstTransition = r.getLong(2);
        lastTransition = r.getLong(3);
      }
    }
    if (created > 0) {
      entered.fire(
          new LeadsEntered(
              c,
              firstTransition,
              lastTransition,
              batch.cause(),
              batch.actor(),
              batch.correlationId()));
    }
    return created;
  }
}
