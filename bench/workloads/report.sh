#!/usr/bin/env bash
# Journey analytics at scale: p95 of the funnel plus the time-in-stage report (default period, no
# filter) over HTTP, versus psql running the SQL the service runs for them; and the same API p95
# beside the 50 ms budget of issue 9. On REPORT_SCHEMA (parcours_bench_report) holding a million
# leads, their history and ten million touchpoints (bench/analytics/generate.sh), served by a
# second instance on port BENCH_PORT+30. Correctness: the API's answers equal the SQL's.
#
# prepare reuses REPORT_SCHEMA when it already holds REPORT_LEADS leads; otherwise it drops it,
# migrates it (by starting the service) and generates it: about 20 minutes on 2 cores.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
HERE=$BENCH_DIR/workloads
REPORT_SCHEMA=${REPORT_SCHEMA:-parcours_bench_report}
REPORT_LEADS=${REPORT_LEADS:-1000000}
REPORT_PORT=$((BENCH_PORT + 30))
REPORT_URL=http://localhost:$REPORT_PORT
# the administrator of the report schema (the one created with it)
REPORT_ADMIN_EMAIL=${REPORT_ADMIN_EMAIL:-bench@example.com}
REPORT_ADMIN_PASSWORD=${REPORT_ADMIN_PASSWORD:-bench-password}
RUNS=${REPORT_RUNS:-60}

in_report() { PGOPTIONS="-c search_path=$REPORT_SCHEMA" "$@"; }
report_value() { in_report psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }

source "$BENCH_DIR/analytics/report-sql.sh"

# p95 in milliseconds of the numbers on stdin
p95() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f\n", v[int(NR * 0.95 + 0.5)] }'; }

# p95 of one report over one kept-alive connection, as psql keeps its one connection
api_p95() { # path
  API_KEY=$(cat "$WORK/report-key") wrk -t 1 -c 1 -d "${BENCH_SECONDS}s" \
    -s "$HERE/latency.lua" "$REPORT_URL$1" >"$WORK/report-wrk"
  [ "$(awk '/^errors/ { print $2 }' "$WORK/report-wrk")" = 0 ] || { echo "errors" >&2; exit 1; }
  awk '/^p95/ { print $2 }' "$WORK/report-wrk"
}

psql_p95() { # query
  { echo '\timing on'; for _ in $(seq $((RUNS + 5))); do echo "$1;"; done; } |
    in_report psql -X -q -o /dev/null | awk '/^Time:/ { print $2 }' | tail -n "$RUNS" | p95
}

api_sum() {
  echo "$(api_p95 /api/analytics/funnel) $(api_p95 /api/analytics/time-in-stage)" |
    awk '{ printf "%.1f\n", $1 + $2 }'
}

case ${1:-} in
  describe)
    echo "p95|analytics funnel + time in stage p95, 1M leads, API vs psql|API|psql|ms|le|1.2"
    echo "p95abs|analytics funnel + time in stage API p95 vs 50 ms (issue 9)|API|50 ms|ms|le|1"
    ;;
  prepare)
    have=$(report_value "select count(*) from lead" 2>/dev/null || echo 0)
    if [ "$have" -lt "$REPORT_LEADS" ]; then
      echo "Generating $REPORT_LEADS leads in $REPORT_SCHEMA (about 20 minutes)..." >&2
      psql_q -c "set client_min_messages to warning" -c "drop schema if exists $REPORT_SCHEMA cascade" \
        -c "create schema $REPORT_SCHEMA"
      DB_SCHEMA=$REPORT_SCHEMA ADMIN_EMAIL=$REPORT_ADMIN_EMAIL ADMIN_PASSWORD=$REPORT_ADMIN_PASSWORD \
        start_service "$REPORT_PORT"
      stop_service "$REPORT_PORT"
      DB_SCHEMA=$REPORT_SCHEMA LEADS=$REPORT_LEADS "$BENCH_DIR/analytics/generate.sh" >&2
    fi
    # Flyway migrates the schema to this build at start.
    DB_SCHEMA=$REPORT_SCHEMA ADMIN_EMAIL=$REPORT_ADMIN_EMAIL ADMIN_PASSWORD=$REPORT_ADMIN_PASSWORD \
      start_service "$REPORT_PORT"
    jar=$WORK/report-cookies
    csrf=$(curl -fsS -c "$jar" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$REPORT_ADMIN_EMAIL\",\"password\":\"$REPORT_ADMIN_PASSWORD\"}" \
      "$REPORT_URL/api/session" | jq -r .csrfToken)
    curl -fsS -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
      -d '{"name":"bench-report","scopes":["analytics:read"],"requestsPerMinute":1000000}' \
      "$REPORT_URL/api/api-keys" | jq -r .key >"$WORK/report-key"
    # fold the pending deltas as the scheduled job would, and warm both sides
    report_value "select analytics_compact()" >/dev/null
    for _ in 1 2 3 4 5; do
      for r in funnel time-in-stage; do
        curl -fsS -o /dev/null -H "Authorization: Bearer $(cat "$WORK/report-key")" \
          "$REPORT_URL/api/analytics/$r"
      done
    done
    ;;
  a)
    sum=$(api_sum)
    echo "p95 $sum"
    echo "p95abs $sum"
    ;;
  b)
    echo "$(psql_p95 "$FUNNEL") $(psql_p95 "$STAYS")" | awk '{ printf "p95 %.1f\n", $1 + $2 }'
    echo "p95abs 50"
    ;;
  check)
    auth="Authorization: Bearer $(cat "$WORK/report-key")"
    # funnel: reached and advanced per stage
    got=$(curl -fsS -H "$auth" "$REPORT_URL/api/analytics/funnel" |
      jq -r '.stages[] | select(.reached > 0) | "\(.stage) \(.reached) \(.advanced)"' | sort)
    want=$(report_value "$FUNNEL" | tr '|' ' ' | grep -v '^LOST ' | sort)
    # time in stage: finished stays per stage, for all personas and per persona
    got_t=$(curl -fsS -H "$auth" "$REPORT_URL/api/analytics/time-in-stage" |
      jq -r '.stages[] | "\(.stage) \(.personaId // "all") \(.leads)"' | sort)
    want_t=$(report_value "select stage, coalesce(persona_id::text, 'all'), sum(s) from (
      select stage, persona_id, sum(sum) s from ($STAYS) x where persona_id is not null
      group by 1, 2 union all select stage, null, sum(sum) from ($STAYS) y group by 1) z
      group by 1, 2" | tr '|' ' ' | sort)
    leads=$(report_value "select count(*) from lead")
    stop_service "$REPORT_PORT"
    ok=yes
    [ "$got" = "$want" ] && [ -n "$got" ] || { ok=no; diff <(echo "$want") <(echo "$got") >&2 || true; }
    [ "$got_t" = "$want_t" ] && [ -n "$got_t" ] || { ok=no; diff <(echo "$want_t") <(echo "$got_t") >&2 || true; }
    echo "funnel and time in stage match SQL: $ok, $leads leads" >&2
    [ "$ok" = yes ] && [ "$leads" -ge "$REPORT_LEADS" ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
