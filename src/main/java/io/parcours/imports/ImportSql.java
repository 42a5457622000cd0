package io.parcours.imports;

import io.parcours.journey.Stage;
import io.parcours.lead.ConsentStatus;
import io.parcours.lead.LegalBasis;
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

  static String copy(List<String> columns) {
    return "copy import_row ("
        + String.join(", ", columns)
        + ") from stdin with (format csv, header true)";
  }

  /**
   * Parameters: import id, actor type, actor id. Answers total, rejected, created, updated and
   * matched (updated or unchanged) counts.
   */
  static final String IMPORT =
      """
      with p as (select cast(? as uuid) as import_id, cast(? as text) as actor_type,
                        cast(? as text) as actor_id,
                        lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')
                          as ts),
      src as (
        select row_number, %s,
               min(row_number) over (partition by lower(nullif(btrim(email), ''))) as first_row
        from import_row),
      checked as (
        select s.*, pe.id as persona, u.id as owner,
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
        left join app_user u on u.id = case when s.owner_id ~ %s then s.owner_id::uuid end),
      errors as (
        insert into lead_import_error (import_id, row_number, email, message)
        select p.import_id, c.row_number, left(c.email, 254), c.error from checked c, p
        where c.error is not null
        returning 1),
      existing as (
        select c.*, l.id as lead_id from checked c join lead l on lower(l.email) = lower(c.email)
        where c.error is null),
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
        returning l.id, l.email, l.stage, l.owner_id),
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
        from checked c, p
        where c.error is null and not exists (select 1 from lead l where lower(l.email) = lower(c.email))
        returning id, email, stage, owner_id),
      history as (
        insert into stage_transition (lead_id, from_stage, to_stage, kind, at, actor_type, actor_id,
          cause_type, cause_id)
        select c.id, null, c.stage, 'ENTRY', now(), p.actor_type, p.actor_id, 'IMPORT', p.import_id::text
        from created c, p
        returning 1),
      events as (
        insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, payload)
        select x.type, x.id, now(), p.actor_type, p.actor_id,
          jsonb_build_object('email', x.email, 'stage', x.stage, 'ownerId', x.owner_id,
                             'importId', p.import_id)
        from (select 'lead.created' as type, c.* from created c
              union all select 'lead.updated', u.* from updated u) x, p
        returning 1)
      select (select count(*) from src), (select count(*) from errors), (select count(*) from created),
             (select count(*) from updated), (select count(*) from existing),
             (select count(*) from history), (select count(*) from events)
      """
          .formatted(
              ImportColumns.IMPORTED.stream()
                  .map(c -> "nullif(btrim(" + c + "), '') as " + c)
                  .collect(Collectors.joining(", ")),
              quoted(STAGES),
              STAGES,
              quoted(names(ConsentStatus.values())),
              names(ConsentStatus.values()),
              quoted(names(LegalBasis.values())),
              names(LegalBasis.values()),
              UUID_RE,
              UUID_RE,
              TEXT.stream()
                  .map(c -> c + " = coalesce(e." + c + ", l." + c + ")")
                  .collect(Collectors.joining(", ")),
              TEXT.stream()
                  .map(
                      c -> "(e." + c + " is not null and e." + c + " is distinct from l." + c + ")")
                  .collect(Collectors.joining(" or ")),
              ID);

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
