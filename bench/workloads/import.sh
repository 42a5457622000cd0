#!/usr/bin/env bash
# CSV import of IMPORT_ROWS leads (1,000,000) through POST /api/imports/leads, upload to
# completion, versus psql's \copy (COPY FROM STDIN, as JDBC's CopyManager sends it) of the same
# file into a table built like lead with all its indexes. The file has one row in a hundred with an
# address that is not one and one in a hundred repeating the email of the row before, so validation
# and dedupe run; each run of A uses emails of its own, so every valid row is a new lead.
# Correctness: each import completed, every row was created or rejected (none lost), the rejected
# are the bad and repeated rows, and each created lead has its lead, its entry in the history and
# its lead.created event.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
ROWS=${IMPORT_ROWS:-1000000}
COLUMNS="id,email,first_name,last_name,company,locale,stage,stage_entered_at,source_channel,created_at,updated_at"

# The export's shape, so that COPY can fill a table like lead; the import ignores ids and times.
# Emails carry the placeholder RUN, replaced per run.
make_file() {
  awk -v rows="$ROWS" -v cols="$COLUMNS" 'BEGIN {
    print cols
    split("DISCOVERY REFLECTION DECISION CUSTOMER", stages, " ")
    for (i = 1; i <= rows; i++) {
      if (i % 100 == 0) email = "not-an-email-RUN-" i
      else if (i % 50 == 0) email = "import-RUN-" (i - 1) "@bench.example"
      else email = "import-RUN-" i "@bench.example"
      printf "%08x-0000-4000-8000-%012d,%s,First%d,Last%d,Company %d,fr,%s,2025-06-01T00:00:00Z,WEB,2025-06-01T00:00:00Z,2025-06-01T00:00:00Z\n", i, i, email, i, i, i % 997, stages[(i % 4) + 1]
    }
  }' >"$WORK/import-template.csv"
}

# Rows the import must reject: the bad addresses and the repeats.
expected_rejected() { echo $((ROWS / 100 + ROWS / 50 - ROWS / 100)); }

case ${1:-} in
  describe)
    echo "rows_per_s|CSV import of $ROWS leads (validation, dedupe, history) vs COPY|import|COPY|rows/s|ge|0.6"
    ;;
  prepare)
    make_file
    : >"$WORK/import-runs"
    ;;
  a)
    run=r$(date +%s%N)
    sed "s/RUN/$run/" "$WORK/import-template.csv" >"$WORK/import.csv"
    start=$(now_ns)
    id=$(curl -fsS -H "Authorization: Bearer $API_KEY" -H 'Content-Type: text/csv' \
      --data-binary @"$WORK/import.csv" "$BASE_URL/api/imports/leads?fileName=bench.csv" | jq -r .id)
    while :; do
      state=$(curl -fsS -H "Authorization: Bearer $API_KEY" "$BASE_URL/api/imports/$id")
      status=$(jq -r .status <<<"$state")
      [ "$status" = COMPLETED ] || [ "$status" = FAILED ] && break
      sleep 0.2
    done
    ns=$(($(now_ns) - start))
    echo "$run $id $(jq -c . <<<"$state")" >>"$WORK/import-runs"
    [ "$status" = COMPLETED ] || { echo "import $id failed: $state" >&2; exit 1; }
    awk -v rows="$ROWS" -v ns="$ns" 'BEGIN { printf "rows_per_s %.1f\n", rows / (ns / 1e9) }'
    ;;
  b)
    # The file of the preceding run. Its repeated emails would stop COPY at the unique index on
    # lower(email): that one is rebuilt without uniqueness, the same index to maintain.
    in_schema psql_q >/dev/null <<SQL
set client_min_messages to warning;
drop table if exists bench_lead_copy;
create table bench_lead_copy (like lead including all);
do \$\$ declare i text; begin
  select indexname into i from pg_indexes
  where tablename = 'bench_lead_copy' and schemaname = current_schema() and indexdef like '%UNIQUE%lower%';
  execute format('drop index %I', i);
end \$\$;
create index on bench_lead_copy (lower(email));
SQL
    start=$(now_ns)
    in_schema psql_q -c "\\copy bench_lead_copy ($COLUMNS) from '$WORK/import.csv' with (format csv, header true)"
    ns=$(($(now_ns) - start))
    copied=$(sql_value "select count(*) from bench_lead_copy")
    sql_value "drop table bench_lead_copy" >/dev/null
    awk -v rows="$copied" -v ns="$ns" 'BEGIN { printf "rows_per_s %.1f\n", rows / (ns / 1e9) }'
    ;;
  check)
    rejected=$(expected_rejected)
    created=$((ROWS - rejected))
    bad=0
    runs=0
    while read -r run id state; do
      runs=$((runs + 1))
      got=$(jq -r '[.status, .totalRows, .created, .rejected, .updated, .unchanged] | join(" ")' <<<"$state")
      stored=$(sql_value "select (select count(*) from lead where email like 'import-$run-%'),
        (select count(*) from stage_transition t join lead l on l.id = t.lead_id
         where l.email like 'import-$run-%' and t.kind = 'ENTRY' and t.cause_type = 'SYSTEM'
           and t.cause_id = '$id'),
        (select count(*) from domain_event e join lead l on l.id = e.lead_id
         where l.email like 'import-$run-%' and e.type = 'lead.created'),
        (select count(*) from lead_import_error where import_id = '$id')" | tr '|' ' ')
      echo "import $id: status total created rejected updated unchanged = $got; leads history events errors stored = $stored" >&2
      if [ "$got" != "COMPLETED $ROWS $created $rejected 0 0" ] ||
        [ "$stored" != "$created $created $created $rejected" ]; then
        bad=$((bad + 1))
      fi
    done <"$WORK/import-runs"
    echo "$runs imports of $ROWS rows: $created created and $rejected rejected expected each, $bad wrong" >&2
    [ "$runs" -gt 0 ] && [ "$bad" -eq 0 ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
