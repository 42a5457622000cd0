#!/usr/bin/env bash
# Start to first real answer (a read from the database, authenticated for Parcours) and the
# resident memory after it: the packaged service versus a minimal Quarkus REST + Panache app
# (bench/minimal) started the same way, timed by hyperfine.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
port=$((BENCH_PORT + 20))

measure() { # label url auth jar env...
  local label=$1 url=$2 auth=$3 jar=$4
  shift 4
  hyperfine -N --runs 1 --style none --export-json "$WORK/startup-$label.json" \
    "$BENCH_DIR/lib/first-answer.sh $port $url '$auth' $WORK/startup-$label.rss $jar $*" >/dev/null
  jq -r '.results[0].mean * 1000 | "ms \(.)"' "$WORK/startup-$label.json"
  awk '{ printf "rss %.1f\n", $1 / 1024 }' "$WORK/startup-$label.rss"
}

case ${1:-} in
  describe)
    echo "ms|start to first answer|Parcours|minimal app|ms|le|1.3"
    echo "rss|RSS after first answer|Parcours|minimal app|MB|le|1.3"
    ;;
  prepare)
    psql_q -c "create schema if not exists ${DB_SCHEMA}_minimal"
    ;;
  a)
    measure service "http://localhost:$port/api/leads?limit=1" "Authorization: Bearer $API_KEY" \
      "$SERVICE_JAR" DB_SCHEMA="$DB_SCHEMA" API_KEY_REQUESTS_PER_MINUTE=100000000
    ;;
  b)
    measure minimal "http://localhost:$port/items" "" "$MINIMAL_JAR" DB_SCHEMA="${DB_SCHEMA}_minimal"
    ;;
  check)
    # Each run already waited for a 200 from an endpoint that reads the database.
    [ -s "$WORK/startup-service.rss" ] && [ -s "$WORK/startup-minimal.rss" ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
