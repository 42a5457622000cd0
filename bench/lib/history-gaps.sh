#!/usr/bin/env bash
# Prints how many leads whose id starts with <prefix> have a history that does not chain (a row
# whose from_stage is not the previous row's to_stage), does not end at the lead's stage, or does
# not hold one move per version.
set -euo pipefail
source "$(dirname "$0")/common.sh"
sql_value "
  select count(*) from (
    select l.id, l.stage, l.version, count(*) filter (where t.kind <> 'ENTRY') as moves,
      bool_and(t.prev is not distinct from t.from_stage) as chained,
      (array_agg(t.to_stage order by t.id desc))[1] as last
    from lead l join (select *, lag(to_stage) over (partition by lead_id order by id) as prev
                      from stage_transition where lead_id::text like '$1-%') t
      on t.lead_id = l.id
    group by l.id, l.stage, l.version) x
  where not chained or last <> stage or moves <> version"
