#!/usr/bin/env bash
# Fills a schema of its own with a million leads, their stage history and ten million
# touchpoints, then rebuilds the analytics rollups (see generate.sql). The schema must exist and
# be migrated: start the service on it once (Flyway migrates at start), for instance
#   ./mvnw -B -q package -DskipTests
#   DB_SCHEMA=parcours_bench PORT=8093 ADMIN_EMAIL=bench@example.com \
#     ADMIN_PASSWORD=bench-password java -jar target/quarkus-app/quarkus-run.jar
# then:
#   DB_SCHEMA=parcours_bench bench/analytics/generate.sh
# Takes about 16 minutes on 2 shared cores (2026-11-23: touchpoints 5.5, rollup rebuild 7.3).
# Settings (environment): LEADS (1000000), TOUCHPOINTS (10000000), DAYS (365), DB_HOST, DB_PORT,
# DB_NAME, DB_USER, DB_PASSWORD, DB_SCHEMA. Drop the data with: drop schema <schema> cascade.
set -euo pipefail

DB_SCHEMA=${DB_SCHEMA:?name the schema to fill, not the one the service uses day to day}
export PGHOST=${DB_HOST:-localhost} PGPORT=${DB_PORT:-5432} PGDATABASE=${DB_NAME:-postgres}
export PGUSER=${DB_USER:-postgres} PGPASSWORD=${DB_PASSWORD:-postgres}
export PGOPTIONS="-c search_path=$DB_SCHEMA"

leads=$(psql -X -Atc "select count(*) from lead")
if [ "$leads" != "0" ]; then
  echo "Schema $DB_SCHEMA already has $leads leads; drop and migrate it again first" >&2
  exit 1
fi
psql -X -v leads="${LEADS:-1000000}" -v touchpoints="${TOUCHPOINTS:-10000000}" \
  -v days="${DAYS:-365}" -f "$(dirname "$0")/generate.sql"
