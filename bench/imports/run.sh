#!/usr/bin/env bash
# Lead CSV import through the API versus COPY of the same file into a table shaped like lead.
#
# Needs a running service, curl, jq and psql. Start the service first, for instance:
#   ./mvnw -B -q package -DskipTests
#   DB_SCHEMA=parcours_bench PORT=8093 ADMIN_EMAIL=admin@bench.local ADMIN_PASSWORD=bench-password \
#     java -jar target/quarkus-app/quarkus-run.jar
# then, with an API key holding imports:write:
#   BASE_URL=http://localhost:8093 API_KEY=pk_... DB_SCHEMA=parcours_bench ROWS=100000 \
#     bench/imports/run.sh
#
# Settings (environment): BASE_URL, API_KEY, ROWS (default 100000), BAD_EVERY (one bad row in so
# many, default 100), DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_SCHEMA.
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:8080}
ROWS=${ROWS:-100000}
BAD_EVERY=${BAD_EVERY:-100}
DB_SCHEMA=${DB_SCHEMA:-parcours}
export PGHOST=${DB_HOST:-localhost} PGPORT=${DB_PORT:-5432} PGDATABASE=${DB_NAME:-postgres}
export PGUSER=${DB_USER:-postgres} PGPASSWORD=${DB_PASSWORD:-postgres}
RUN=$(date +%s)-$$
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -c "set search_path to $DB_SCHEMA" "$@"; }

# The export's shape: COPY can fill a table like lead from it, the import ignores id and times.
echo "Writing $ROWS rows..."
awk -v rows="$ROWS" -v bad="$BAD_EVERY" -v run="$RUN" 'BEGIN {
  print "id,email,first_name,last_name,company,locale,stage,stage_entered_at,source_channel,created_at,updated_at"
  split("DISCOVERY REFLECTION DECISION CUSTOMER", stages, " ")
  for (i = 1; i <= rows; i++) {
    email = (i % bad == 0) ? "not-an-email-" i : "bench-" run "-" i "@example.com"
    printf "%08x-0000-4000-8000-%012d,%s,First%d,Last%d,Company %d,fr,%s,2025-06-01T00:00:00Z,WEB,2025-06-01T00:00:00Z,2025-06-01T00:00:00Z\n", i, i, email, i, i, i % 997, stages[(i % 4) + 1]
  }
}' >"$WORK/leads.csv"

echo "Importing through $BASE_URL/api/imports/leads..."
start=$(now)
id=$(curl -fsS -H "Authorization: Bearer $API_KEY" -H 'Content-Type: text/csv' \
  --data-binary @"$WORK/leads.csv" "$BASE_URL/api/imports/leads" | jq -r .id)
while :; do
  state=$(curl -fsS -H "Authorization: Bearer $API_KEY" "$BASE_URL/api/imports/$id")
  status=$(echo "$state" | jq -r .status)
  [ "$status" = COMPLETED ] || [ "$status" = FAILED ] && break
  sleep 0.2
done
import_secs=$(echo "$(now) - $start" | bc -l)
echo "$state" | jq -c '{status, totalRows, created, updated, rejected, error}'

echo "COPY of the same file into a scratch table like lead (defaults and indexes)..."
psql_q -c "drop table if exists bench_lead_copy" \
  -c "create table bench_lead_copy (like lead including defaults including indexes)"
start=$(now)
psql_q -c "\\copy bench_lead_copy (id, email, first_name, last_name, company, locale, stage, stage_entered_at, source_channel, created_at, updated_at) from '$WORK/leads.csv' with (format csv, header true)"
copy_secs=$(echo "$(now) - $start" | bc -l)
psql_q -c "drop table bench_lead_copy"

import_rate=$(echo "$ROWS / $import_secs" | bc -l)
copy_rate=$(echo "$ROWS / $copy_secs" | bc -l)
printf 'import: %d rows in %.2f s = %.0f rows/s\n' "$ROWS" "$import_secs" "$import_rate"
printf 'COPY:   %d rows in %.2f s = %.0f rows/s\n' "$ROWS" "$copy_secs" "$copy_rate"
printf 'ratio:  %.2f\n' "$(echo "$import_rate / $copy_rate" | bc -l)"
