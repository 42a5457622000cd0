#!/usr/bin/env bash
# Stage changes through the API (wrk, random leads, legal moves) versus pgbench running the same
# SQL on leads of its own. Correctness: the history gained one row per successful move (plus
# those in flight when wrk stopped), every lead's history chains without a gap and matches its
# version, and the baseline's statements are still the ones the service emits (see stage.sql).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
HERE=$BENCH_DIR/workloads
LEADS=${STAGE_LEADS:-5000}
WARMUP=${STAGE_WARMUP:-60} # seconds of API load before the first measured pair
API_PREFIX=b0000000-0000-4000-8000 # leads moved through the API
SQL_PREFIX=b0000000-0000-4000-8001 # leads moved by pgbench

api_history() {
  sql_value "select count(*) from stage_transition where lead_id::text like '$API_PREFIX-%' and kind <> 'ENTRY'"
}

case ${1:-} in
  describe)
    echo "tps|stage change through the API, $BENCH_CONNECTIONS connections|API|pgbench|tx/s|ge|0.6"
    ;;
  prepare)
    bench_leads "$API_PREFIX" "$LEADS"
    bench_leads "$SQL_PREFIX" "$LEADS"
    in_schema psql_q -c "analyze lead" -c "analyze stage_transition"
    "$BENCH_DIR/lib/capture-sql.sh" >"$WORK/stage-captured"
    # Both sides warm up first: the JVM compiles its hot paths (on two cores C2 is still busy
    # after ten seconds of load: 108 tx/s measured then, 215 after thirty), PostgreSQL fills its
    # caches.
    BENCH_SECONDS=$WARMUP "$0" a >/dev/null
    "$0" b >/dev/null
    : >"$WORK/stage-moves"
    sleep 1
    api_history >"$WORK/stage-history-before"
    ;;
  a)
    lead_states "$API_PREFIX" "$WORK/stage-leads"
    API_KEY=$API_KEY wrk -t 2 -c "$BENCH_CONNECTIONS" -d "${BENCH_SECONDS}s" --timeout 60s -s "$HERE/stage.lua" \
      "$BASE_URL" -- "$WORK/stage-leads" 2 >"$WORK/stage-wrk"
    grep -E '^(moves|conflicts|errors) ' "$WORK/stage-wrk" | tr '\n' ' ' >>"$WORK/stage-moves"
    echo >>"$WORK/stage-moves"
    grep '^tps ' "$WORK/stage-wrk"
    ;;
  b)
    prefix=$(sql_value "select prefix from api_key where name = 'bench' order by created_at desc limit 1")
    actor=$(sql_value "select id from api_key where prefix = '$prefix'")
    in_schema pgbench -n -M prepared -c "$BENCH_CONNECTIONS" -j 2 \
      -T "$BENCH_SECONDS" -D leads="$LEADS" -D prefix="$prefix" -D actor="$actor" \
      -f "$HERE/stage.sql" >"$WORK/stage-pgbench" 2>&1 ||
      { cat "$WORK/stage-pgbench" >&2; exit 1; }
    awk '/^tps = / { printf "tps %.1f\n", $3 }' "$WORK/stage-pgbench"
    ;;
  check)
    if ! diff -u "$HERE/stage.statements" "$WORK/stage-captured" >&2; then
      echo "the service's statements for a stage change differ from stage.sql: update it" >&2
      exit 1
    fi
    moves=$(awk '{ s += $2 } END { print s + 0 }' "$WORK/stage-moves")
    # wrk stops with up to one request per connection in flight: the service may commit those
    # after wrk stopped listening, so the history may hold that many rows more than were counted.
    in_flight=$(($(wc -l <"$WORK/stage-moves") * BENCH_CONNECTIONS))
    bad=$(awk '{ c += $4; e += $6 } END { print c + e }' "$WORK/stage-moves")
    history=$(($(api_history) - $(cat "$WORK/stage-history-before")))
    gaps=$("$BENCH_DIR/lib/history-gaps.sh" "$API_PREFIX")
    echo "$moves moves answered 200, $history history rows (at most $in_flight in flight at the ends), $bad refused or failed, $gaps leads whose history has a gap or disagrees with their version" >&2
    [ "$history" -ge "$moves" ] && [ "$history" -le $((moves + in_flight)) ] && [ "$bad" -eq 0 ] && [ "$gaps" -eq 0 ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
