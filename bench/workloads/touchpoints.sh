#!/usr/bin/env bash
# Touchpoint ingestion: batches of 1,000 through POST /api/touchpoints:batch versus COPY of the
# same rows into a scratch table shaped like touchpoint. Correctness: every item of every batch
# was accepted and stored once.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
BATCHES=${TOUCHPOINT_BATCHES:-10}
LEADS=${TOUCHPOINT_LEADS:-200}
PER_BATCH=1000
PREFIX=d0000000-0000-4000-8000

# The rows of one run: one JSON file per batch for the API, one CSV for COPY.
make_rows() { # run
  gawk -v batches="$BATCHES" -v per="$PER_BATCH" -v run="$1" -v dir="$WORK" -v leads="$LEADS" -v p="$PREFIX" '
  BEGIN {
    split("PAGE_VIEW CONTENT_VIEW EMAIL_OPEN EMAIL_CLICK FORM_SUBMIT CALL COMPLAINT", types, " ")
    split("WEB EMAIL PHONE STORE", channels, " ")
    n = 0
    for (b = 1; b <= batches; b++) {
      f = dir "/tp-batch-" b ".json"
      printf "{\"items\":[" > f
      for (i = 1; i <= per; i++) {
        n++
        lead = sprintf("%s-%012d", p, n % leads + 1); t = types[n % 7 + 1]; c = channels[n % 4 + 1]
        ts = sprintf("2025-06-%02dT%02d:%02d:00Z", n % 28 + 1, n % 24, n % 60)
        printf "%s{\"leadId\":\"%s\",\"channel\":\"%s\",\"type\":\"%s\",\"occurredAt\":\"%s\",\"source\":\"bench\",\"externalId\":\"%s-%d\",\"properties\":{\"page\":\"/p/%d\"}}", (i > 1 ? "," : ""), lead, c, t, ts, run, n, n % 50 >> f
        sentiment = (t == "COMPLAINT" ? "NEGATIVE" : "NEUTRAL")
        printf "%s,%s,%s,%s,%s,%s,,\"{\"\"page\"\":\"\"/p/%d\"\"}\",bench,copy-%s-%d,DISCOVERY,2025-06-30T00:00:00Z\n", sprintf("e0000000-0000-4000-8000-%012d", n), lead, ts, c, t, sentiment, n % 50, run, n > (dir "/tp-copy.csv")
      }
      printf "]}" >> f
      close(f)
    }
  }'
}

case ${1:-} in
  describe)
    echo "rows|touchpoints, batches of $PER_BATCH through the API vs COPY|API|COPY|rows/s|none|"
    ;;
  prepare)
    in_schema psql_q >/dev/null <<SQL
set client_min_messages to warning;
delete from lead where id::text like '$PREFIX-%';
insert into lead (id, email, stage, stage_entered_at, created_at, updated_at)
  select ('$PREFIX-' || lpad(n::text, 12, '0'))::uuid, 'touchpoints-' || n || '@bench.example',
         'DISCOVERY', now(), now(), now() from generate_series(1, $LEADS) n;
drop table if exists bench_touchpoint_copy;
create table bench_touchpoint_copy (like touchpoint including defaults including indexes);
SQL
    : >"$WORK/tp-accepted"
    ;;
  a)
    run=$(date +%s%N)
    rm -f "$WORK"/tp-batch-*.json "$WORK/tp-copy.csv"
    make_rows "$run"
    start=$(now_ns)
    for b in $(seq 1 "$BATCHES"); do
      curl -fsS -H "Authorization: Bearer $API_KEY" -H 'Content-Type: application/json' \
        --data-binary @"$WORK/tp-batch-$b.json" "$BASE_URL/api/touchpoints:batch" | jq .accepted >>"$WORK/tp-accepted"
    done
    awk -v rows=$((BATCHES * PER_BATCH)) -v ns=$(($(now_ns) - start)) 'BEGIN { printf "rows %.1f\n", rows / (ns / 1e9) }'
    ;;
  b)
    # The CSV of the preceding API run: the same rows, with ids of their own.
    in_schema psql_q -c "truncate bench_touchpoint_copy"
    start=$(now_ns)
    in_schema psql_q -c "\\copy bench_touchpoint_copy (id, lead_id, occurred_at, channel, type, sentiment, content_id, properties, source, external_id, lead_stage, recorded_at) from '$WORK/tp-copy.csv' with (format csv)"
    ns=$(($(now_ns) - start))
    copied=$(sql_value "select count(*) from bench_touchpoint_copy")
    awk -v rows="$copied" -v ns="$ns" 'BEGIN { printf "rows %.1f\n", rows / (ns / 1e9) }'
    ;;
  check)
    sent=$(($(wc -l <"$WORK/tp-accepted") * PER_BATCH))
    accepted=$(awk '{ s += $1 } END { print s + 0 }' "$WORK/tp-accepted")
    stored=$(sql_value "select count(*) from touchpoint where lead_id::text like '$PREFIX-%' and source = 'bench'")
    sql_value "drop table bench_touchpoint_copy" >/dev/null
    echo "$sent sent, $accepted accepted, $stored stored" >&2
    [ "$sent" -eq "$accepted" ] && [ "$accepted" -eq "$stored" ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
