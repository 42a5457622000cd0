#!/usr/bin/env bash
# Prints the statements the service sends for one stage change (an advance through the API), one
# line each as "<verb> <table>[ for update]". Starts a short-lived instance with Hibernate's SQL
# log on, so the measured instance is never slowed by logging. Needs API_KEY and $WORK.
set -euo pipefail
source "$(dirname "$0")/common.sh"
port=$((BENCH_PORT + 9))
start_service "$port" QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false \
  QUARKUS_HIBERNATE_ORM_LOG_HIGHLIGHT_SQL=false QUARKUS_LOG_CONSOLE_FORMAT='%s%n'
trap 'stop_service $port' EXIT
base=http://localhost:$port
auth="Authorization: Bearer $API_KEY"
lead=$(curl -fsS -H "$auth" -H 'Content-Type: application/json' \
  -d "{\"email\":\"capture-$(date +%s%N)@bench.example\"}" "$base/api/leads" | jq -r .id)
log=$WORK/service-$port.log
sleep 0.5
before=$(wc -l <"$log")
curl -fsS -o /dev/null -H "$auth" -H 'If-Match: "0"' -H 'Content-Type: application/json' \
  -d '{"stage":"REFLECTION"}' "$base/api/leads/$lead/stage"
sleep 0.5
tail -n +$((before + 1)) "$log" | sed -n 's/^Hibernate: //p' | awk '
  { verb = tolower($1); table = "" }
  verb == "select" { for (i = 2; i < NF; i++) if (tolower($i) == "from") { table = $(i + 1); break } }
  verb == "insert" || verb == "delete" { table = $3 }
  verb == "update" { table = $2 }
  { print verb " " table (/ for (no key )?update/ ? " for update" : "") }'
