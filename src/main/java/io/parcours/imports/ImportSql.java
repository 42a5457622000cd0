package io.parcours.imports;

import io.parcours.lead.ConsentStatus;
import io.parcours.lead.LeadLimits;
import io.parcours.lead.LegalBasis;
import io.parcours.lead.Stage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The set-based statements of an import: rows are copied into a temporary table, then checked and
 * matched by email; the lead package creates or merges the valid ones (see LeadBulk).
 */
final class ImportSql {

  private static final String UUID_RE =
      "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'";

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
        select k.row_number, %22$s, k.email_key, f.first_row
        from import_row k left join firsts f on f.email_key = k.email_key)
        -- probed by its index: hashing the whole lead table took longer as it grew
        select s.*, (select l.id from lead l where lower(l.email) = s.email_key) as lead_id,
          pe.id as persona, u.id as owner,
          case
            when s.email is null then 'email: is required'
            when length(s.email) > %1$d or s.email !~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'
              then 'email: is not an email address'
            when s.first_row <> s.row_number then 'email: repeats row ' || s.first_row
            when length(s.first_name) > %2$d then 'first_name: at most %2$d characters'
            when length(s.last_name) > %2$d then 'last_name: at most %2$d characters'
            when length(s.company) > %3$d then 'company: at most %3$d characters'
            when length(s.phone) > %4$d then 'phone: at most %4$d characters'
            when s.locale !~ '^%5$s$'
              then 'locale: %6$s'
            when s.stage <> all (array[%7$s]) then 'stage: must be one of %8$s'
            when s.persona_id is not null and pe.id is null then 'persona_id: no persona has this id'
            when s.owner_id is not null and u.id is null then 'owner_id: no user has this id'
            when s.deal_value !~ '^[0-9]{1,%9$d}(\\.[0-9]{1,%10$d})?$'
              then 'deal_value: must be a number of at least 0 with at most %10$d decimals'
            when s.consent_status <> all (array[%11$s]) then 'consent_status: must be one of %12$s'
            when s.consent_basis <> all (array[%13$s]) then 'consent_basis: must be one of %14$s'
            when length(s.consent_source) > %15$d
              then 'consent_source: at most %15$d characters'
            when length(s.source_channel) > %16$d
              then 'source_channel: at most %16$d characters'
            when greatest(length(s.source_campaign), length(s.utm_source), length(s.utm_medium),
                          length(s.utm_campaign)) > %17$d
              then 'source_campaign and utm_*: at most %17$d characters'
            when s.tags ~ '[^|]{%18$d}' then 'tags: each at most %19$d characters'
            when cardinality(string_to_array(s.tags, '|')) > %20$d then 'tags: at most %20$d'
          end as error,
          case when s.tags is null then null else array(
            select x.tag from (
              select btrim(t) as tag, min(n) as n
              from unnest(string_to_array(s.tags, '|')) with ordinality as u(t, n)
              where btrim(t) <> '' group by 1) x
            order by x.n)::varchar(%19$d)[] end as tag_list
        from src s
        left join persona pe on pe.id = case when s.persona_id ~ %21$s then s.persona_id::uuid end
        left join app_user u on u.id = case when s.owner_id ~ %21$s then s.owner_id::uuid end
      """
          .formatted(
              LeadLimits.EMAIL,
              LeadLimits.NAME,
              LeadLimits.COMPANY,
              LeadLimits.PHONE,
              LeadLimits.LOCALE,
              LeadLimits.LOCALE_MESSAGE,
              quoted(STAGES),
              STAGES,
              LeadLimits.DEAL_INTEGER_DIGITS,
              LeadLimits.DEAL_FRACTION_DIGITS,
              quoted(names(ConsentStatus.values())),
              names(ConsentStatus.values()),
              quoted(names(LegalBasis.values())),
              names(LegalBasis.values()),
              LeadLimits.CONSENT_SOURCE,
              LeadLimits.CHANNEL,
              LeadLimits.CAMPAIGN,
              LeadLimits.TAG + 1,
              LeadLimits.TAG,
              LeadLimits.TAGS,
              UUID_RE,
              ImportColumns.IMPORTED.stream()
                  .map(c -> "nullif(btrim(k." + c + "), '') as " + c)
                  .collect(Collectors.joining(", ")));

  /**
   * Records the rejected rows of the import whose id is the parameter, with their fields as the
   * file gave them (columns are the header's, checked by ImportColumns); answers the total and
   * rejected counts.
   */
  static String reject(List<String> columns) {
    String fields =
        columns.stream()
            .map(c -> "'" + c + "', k." + c)
            .collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
    return """
        with errors as (
          insert into lead_import_error (import_id, row_number, email, message, fields)
          select cast(? as uuid), c.row_number, left(c.email, %d), c.error, %s
          from import_checked c join import_row k on k.row_number = c.row_number
          where c.error is not null
          returning 1)
        select (select count(*) from import_checked), (select count(*) from errors)
        """
        .formatted(LeadLimits.EMAIL, fields);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
