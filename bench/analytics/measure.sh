#!/usr/bin/env bash
# Warm latency of each analytics report over HTTP, and of the funnel and time-in-stage SQL through
# psql, on the schema generate.sh filled. Start the service on that schema first, with an admin:
#   DB_SCHEMA=parcours_bench PORT=8093 ADMIN_EMAIL=bench@example.com \
#     ADMIN_PASSWORD=bench-password SESSION_SECURE_COOKIE=false \
#     java -jar target/quarkus-app/quarkus-run.jar
# then:
#   BASE_URL=http://localhost:8093 DB_SCHEMA=parcours_bench ADMIN_EMAIL=bench@example.com \
#     ADMIN_PASSWORD=bench-password bench/analytics/measure.sh
# Settings (environment): RUNS (timed requests per report, 40), WARMUP (5), and the DB_* of
# generate.sh. Prints p50 and p95 in milliseconds.
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:8080}
RUNS=${RUNS:-40}
WARMUP=${WARMUP:-5}
DB_SCHEMA=${DB_SCHEMA:?the schema generate.sh filled}
export PGHOST=${DB_HOST:-localhost} PGPORT=${DB_PORT:-5432} PGDATABASE=${DB_NAME:-postgres}
export PGUSER=${DB_USER:-postgres} PGPASSWORD=${DB_PASSWORD:-postgres}
export PGOPTIONS="-c search_path=$DB_SCHEMA"
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

curl -fsS -c "$JAR" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE_URL/api/session" >/dev/null

PERSONA=00000000-0000-4000-a000-000000000001
OWNER=00000000-0000-4000-b000-000000000005
YEAR_AGO=$(date -u -d '364 days ago' +%F)

# p50 and p95 of the numbers (milliseconds) on stdin
percentiles() {
  sort -n | awk '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) * 0.50)]; p95 = v[int(NR * 0.95 + 0.5)]
    printf "p50 %7.1f ms   p95 %7.1f ms\n", p50, p95 }'
}

http() {
  local path=$1
  for _ in $(seq "$WARMUP"); do curl -fsS -b "$JAR" -o /dev/null "$BASE_URL$path"; done
  printf '%-62s ' "GET $path"
  for _ in $(seq "$RUNS"); do
    curl -fsS -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE_URL$path"
  done | awk '{ print $1 * 1000 }' | percentiles
}

for path in \
  /api/analytics/funnel \
  "/api/analytics/funnel?cohort=true" \
  "/api/analytics/funnel?personaId=$PERSONA" \
  "/api/analytics/funnel?ownerId=$OWNER" \
  "/api/analytics/funnel?from=$YEAR_AGO" \
  "/api/analytics/funnel?ownerId=$OWNER&source=WEB" \
  /api/analytics/time-in-stage \
  "/api/analytics/time-in-stage?source=WEB" \
  "/api/analytics/time-in-stage?from=$YEAR_AGO" \
  "/api/analytics/time-in-stage?ownerId=$OWNER&source=WEB" \
  /api/analytics/drop-off \
  /api/analytics/stalled \
  "/api/analytics/stalled?ownerId=$OWNER" \
  /api/analytics/channels \
  "/api/analytics/channels?source=WEB" \
  /api/analytics/content \
  /api/analytics/ab-tests \
  /api/analytics/emails; do
  http "$path"
done

source "$(dirname "$0")/report-sql.sh"

sql() {
  local name=$1 query=$2
  printf '%-62s ' "psql $name"
  { echo '\timing on'; for _ in $(seq $((WARMUP + RUNS))); do echo "$query;"; done; } |
    psql -X -q -o /dev/null | awk '/^Time:/ { print $2 }' | tail -n "$RUNS" | percentiles
}
sql funnel "$FUNNEL"
sql time-in-stage "$STAYS"
