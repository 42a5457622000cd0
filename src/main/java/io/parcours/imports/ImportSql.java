package io.parcours.imports;

import io.parcours.lead.ConsentStatus;
import io.parcours.lead.LegalBasis;
import io.parcours.lead.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The set-based statements of an import: rows are copied into a temporary table, then checked, and
 * created or merged by email in one statement that also writes their history and events.
 */
final class ImportSql {

  private static final String UUID_RE =
      "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'";

  /** Plain text columns: a value in the file replaces the lead's. */
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

  /** Stages a lead may be imported in; stage changes of existing leads go through the journey. */
  static final List<String> STAGES =
      Arrays.stream(Stage.values()).filter(s -> s != Stage.LOST).map(Enum::name).toList();

  static final String CREATE_STAGING =
      "create temp table import_row (row_number bigint generated always as identity, "
          + Stream.concat(ImportColumns.IMPORTED.stream(), ImportColumns.IGNORED.stream())
              .map(c -> c + " text")
              .collect(Collectors.joining(", "))
          // a column of its own, so that ANALYZE gives the planner its statistics
          + ", email_key text generated always as (lower(nullif(btrim(email), ''))) stored"
          + ") on commit drop";

  /**
   * Ids that grow with time and row number (a UUID version 7 layout): new leads are appended to the
   * primary key index instead of scattered through it, which makes large imports markedly faster.
   */
  private static final String ID =
      "(substr(p.ts, 1, 8) || '-' || substr(p.ts, 9, 4) || '-7' ||"
          + " substr(lpad(to_hex(c.row_number), 11, '0'), 1, 3) || '-8' ||"
          + " substr(lpad(to_hex(c.row_number), 11, '0'), 4, 3) || '-' ||"
          + " substr(lpad(to_hex(c.row_number), 11, '0'), 7, 5) ||"
          + " substr(md5(p.import_id::text), 1, 7))::uuid";

  private ImportSql() {}

  /**
   * For the import's transaction only: its sorts and hashes (a million rows) stay in memory, and
   * compiling its expressions (JIT) costs more than it saves on one run.
   */
  static final List<String> SETTINGS =
      List.of("set local work_mem = '256MB'", "set local jit = off");

  static String copy(List<String> columns) {
    return "copy import_row ("
        + String.join(", ", columns)
        + ") from stdin with (format csv, header true)";
  }

  /**
   * Checks every row of import_row at once, since a row's email may repeat an earlier one, and
   * matches it to its lead by email: import_checked holds each row with its error or its lead.
   */
  static final String CHECK =
      """
      create temp table import_checked on commit drop as
      -- hashed rather than sorted: sorting the whole rows by email took most of the check
      with firsts as (
        select email_key, min(row_number) as first_row from import_row
        where email_key is not null group by email_key),
      src as (
        select k.row_number, %s, k.email_key, f.first_row
        from import_row k left join firsts f on f.email_key = k.email_key)
        -- probed by its index: hashing the whole lead table took longer as it grew
        select s.*, (select l.id from lead l where lower(l.email) = s.email_key) as lead_id,
          pe.id as persona, u.id as owner,
          case
            when s.email is null then 'email: is required'
            when length(s.email) > 254 or s.email !~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'
              then 'email: is not an email address'
            when s.first_row <> s.row_number then 'email: repeats row ' || s.first_row
            when length(s.first_name) > 100 then 'first_name: at most 100 characters'
            when length(s.last_name) > 100 then 'last_name: at most 100 characters'
            when length(s.company) > 200 then 'company: at most 200 characters'
            when length(s.phone) > 50 then 'phone: at most 50 characters'
            when s.locale !~ '^[a-z]{2}(-[A-Z]{2})?$'
              then 'locale: must be a language code such as fr or en-GB'
            when s.stage <> all (array[%s]) then 'stage: must be one of %s'
            when s.persona_id is not null and pe.id is null then 'persona_id: no persona has this id'
            when s.owner_id is not null and u.id is null then 'owner_id: no user has this id'
            when s.deal_value !~ '^[0-9]{1,12}(\\.[0-9]{1,2})?$'
              then 'deal_value: must be a number of at least 0 with at most 2 decimals'
            when s.consent_status <> all (array[%s]) then 'consent_status: must be one of %s'
            when s.consent_basis <> all (array[%s]) then 'consent_basis: must be one of %s'
            when length(s.consent_source) > 200 then 'consent_source: at most 200 characters'
            when length(s.source_channel) > 50 then 'source_channel: at most 50 characters'
            when greatest(length(s.source_campaign), length(s.utm_source), length(s.utm_medium),
                          length(s.utm_campaign)) > 200
              then 'source_campaign and utm_*: at most 200 characters'
            when s.tags ~ '[^|]{51}' then 'tags: each at most 50 characters'
          end as error,
          case when s.tags is null then null else array(
            select x.tag from (
              select btrim(t) as tag, min(n) as n
              from unnest(string_to_array(s.tags, '|')) with ordinality as u(t, n)
              where btrim(t) <> '' group by 1) x
            order by x.n)::varchar(50)[] end as tag_list
        from src s
        left join persona pe on pe.id = case when s.persona_id ~ %s then s.persona_id::uuid end
        left join app_user u on u.id = case when s.owner_id ~ %s then s.owner_id::uuid end
      """
          .formatted(
              ImportColumns.IMPORTED.stream()
                  .map(c -> "nullif(btrim(k." + c + "), '') as " + c)
                  .collect(Collectors.joining(", ")),
              quoted(STAGES),
              STAGES,
              quoted(names(ConsentStatus.values())),
              names(ConsentStatus.values()),
              quoted(names(LegalBasis.values())),
              names(LegalBasis.values()),
              UUID_RE,
              UUID_RE);

  /**
   * Parameters: import id, actor type, actor id. Records the rejected rows and merges the rows of
   * existing leads; answers total, rejected, updated and matched (updated or unchanged) counts.
   */
  static final String MERGE =
      """
      with p as (select cast(? as uuid) as import_id, cast(? as text) as actor_type,
                        cast(? as text) as actor_id,
                        lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
                          as ts),
      errors as (
        insert into lead_import_error (import_id, row_number, email, message)
        select p.import_id, c.row_number, left(c.email, 254), c.error from import_checked c, p
        where c.error is not null
        returning 1),
      existing as (select * from import_checked where error is null and lead_id is not null),
      updated as (
        update lead l set %s,
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
        where l.id = e.lead_id and (%s
          or (e.persona is not null and e.persona is distinct from l.persona_id)
          or (e.owner is not null and e.owner is distinct from l.owner_id)
          or (e.deal_value is not null and e.deal_value::numeric is distinct from l.deal_value)
          or (e.tag_list is not null and e.tag_list is distinct from l.tags)
          or (l.consent_status = 'UNKNOWN' and e.consent_status is not null))
        returning l.id, l.email, l.stage, l.owner_id, l.persona_id, l.source_channel),
      events as (
        insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, payload)
        select 'lead.updated', u.id, now(), p.actor_type, p.actor_id,
          jsonb_build_object('email', u.email, 'stage', u.stage, 'ownerId', u.owner_id,
                             'importId', p.import_id)
        from updated u, p
        returning 1)
      select (select count(*) from import_checked), (select count(*) from errors),
             (select count(*) from updated), (select count(*) from existing),
             (select count(*) from events)
      """
          .formatted(
              TEXT.stream()
                  .map(c -> c + " = coalesce(e." + c + ", l." + c + ")")
                  .collect(Collectors.joining(", ")),
              TEXT.stream()
                  .map(
                      c -> "(e." + c + " is not null and e." + c + " is distinct from l." + c + ")")
                  .collect(Collectors.joining(" or ")));

  /**
   * Parameters: import id, actor type, actor id, first and last row number. Creates the new leads
   * of these rows with their history, rollup deltas and events; answers the created count. Run in
   * slices, so that a slice's leads are still in shared buffers when the foreign keys of their
   * history are checked, at the end of the statement.
   */
  static final String CREATE =
      """
      with p as (select cast(? as uuid) as import_id, cast(? as text) as actor_type,
                        cast(? as text) as actor_id, cast(? as bigint) as first_row,
                        cast(? as bigint) as last_row,
                        lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
                          as ts),
      created as (
        insert into lead (id, email, first_name, last_name, company, phone, locale, persona_id,
          owner_id, source_channel, source_campaign, utm_source, utm_medium, utm_campaign, stage,
          stage_entered_at, deal_value, consent_status, consent_basis, consent_source, consent_at,
          tags, created_at, updated_at)
        select %s, c.email, c.first_name, c.last_name, c.company, c.phone,
          coalesce(c.locale, 'en'), c.persona, c.owner, c.source_channel, c.source_campaign,
          c.utm_source, c.utm_medium, c.utm_campaign, coalesce(c.stage, 'DISCOVERY'), now(),
          c.deal_value::numeric, coalesce(c.consent_status, 'UNKNOWN'), c.consent_basis,
          c.consent_source, case when c.consent_status is not null then now() end,
          coalesce(c.tag_list, '{}'), now(), now()
        from import_checked c, p
        where c.error is null and c.lead_id is null
          and c.row_number between p.first_row and p.last_row
        returning id, email, stage, owner_id, persona_id, source_channel),
      history as (
        insert into stage_transition (lead_id, from_stage, to_stage, kind, at, actor_type, actor_id,
          cause_type, cause_id)
        select c.id, null, c.stage, 'ENTRY', now(), p.actor_type, p.actor_id, 'IMPORT', p.import_id::text
        from created c, p
        returning 1),
      funnel as (
        insert into analytics_funnel_delta (entry_day, cohort_day, stage, persona_id, owner_id, source,
          reached, advanced)
        select analytics_day(now()), analytics_day(now()), stage, persona_id, owner_id, source_channel,
          count(*), 0
        from created group by stage, persona_id, owner_id, source_channel),
      events as (
        insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, payload)
        select 'lead.created', c.id, now(), p.actor_type, p.actor_id,
          jsonb_build_object('email', c.email, 'stage', c.stage, 'ownerId', c.owner_id,
                             'importId', p.import_id)
        from created c, p
        returning 1)
      select (select count(*) from created), (select count(*) from history),
             (select count(*) from events)
      """
          .formatted(ID);

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
