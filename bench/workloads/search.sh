#!/usr/bin/env bash
# Lead search: page 1,000 (reached with the cursor) versus page 1, median latency of each, over
# at least SEARCH_LEADS leads loaded by COPY. Correctness: page 1,000 holds the rows SQL puts there.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
HERE=$BENCH_DIR/workloads
LEADS=${SEARCH_LEADS:-100000}
PAGE=1000
PREFIX=c0000000-0000-4000-8000

p50() { # path
  API_KEY=$API_KEY wrk -t 1 -c 1 -d "${BENCH_SECONDS}s" -s "$HERE/latency.lua" "$BASE_URL$1" \
    >"$WORK/search-wrk"
  [ "$(awk '/^errors/ { print $2 }' "$WORK/search-wrk")" = 0 ] || { echo "errors" >&2; exit 1; }
  awk '/^p50/ { print "p50 " $2 }' "$WORK/search-wrk"
}

case ${1:-} in
  describe)
    echo "p50|lead search, page $PAGE vs page 1|page $PAGE|page 1|ms|le|1.5"
    ;;
  prepare)
    have=$(sql_value "select count(*) from lead where id::text like '$PREFIX-%'")
    if [ "$have" -lt "$LEADS" ]; then
      echo "Loading $LEADS leads with COPY..." >&2
      sql_value "delete from lead where id::text like '$PREFIX-%'" >/dev/null
      gawk -v n="$LEADS" -v p="$PREFIX" 'BEGIN {
        split("DISCOVERY REFLECTION DECISION CUSTOMER LOYAL ADVOCATE LOST", stages, " ")
        for (i = 1; i <= n; i++) {
          t = 1700000000 + i * 37
          ts = strftime("%Y-%m-%dT%H:%M:%SZ", t, 1)
          printf "%s-%012d,search-%d@bench.example,Ann%d,Lee%d,Company %d,%s,%s,%d,%s,%s\n",
            p, i, i, i % 997, i % 1009, i % 5000, stages[i % 7 + 1], ts, i % 100, ts, ts
        }
      }' >"$WORK/search.csv"
      in_schema psql_q -c "\\copy lead (id, email, first_name, last_name, company, stage, stage_entered_at, score, created_at, updated_at) from '$WORK/search.csv' with (format csv)"
      in_schema psql_q -c "analyze lead"
    fi
    # To the last row of page 999 of 50: pages of 200 as far as they go, then pages of 50 (a
    # cursor names only the last row seen, whatever the page size).
    cursor=""
    rows=$(((PAGE - 1) * 50))
    for size in $(yes 200 | head -n $((rows / 200))) $(yes 50 | head -n $((rows % 200 / 50))); do
      cursor=$(curl -fsS -G -H "Authorization: Bearer $API_KEY" -d "limit=$size" \
        ${cursor:+--data-urlencode "cursor=$cursor"} "$BASE_URL/api/leads" | jq -r .nextCursor)
    done
    echo "$cursor" >"$WORK/search-cursor"
    ;;
  a)
    p50 "/api/leads?cursor=$(cat "$WORK/search-cursor")"
    ;;
  b)
    p50 "/api/leads"
    ;;
  check)
    got=$(curl -fsS -G -H "Authorization: Bearer $API_KEY" --data-urlencode "cursor=$(cat "$WORK/search-cursor")" \
      "$BASE_URL/api/leads" | jq -r '.items[].id' | md5sum)
    want=$(in_schema psql -X -At \
      -c "select id from lead order by created_at desc, id desc offset $(((PAGE - 1) * 50)) limit 50" | md5sum)
    total=$(sql_value "select count(*) from lead")
    echo "page $PAGE matches SQL: $([ "$got" = "$want" ] && echo yes || echo no), $total leads" >&2
    [ "$got" = "$want" ] && [ "$total" -ge "$LEADS" ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
