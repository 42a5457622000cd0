#!/usr/bin/env bash
# Prints the statements the service sends for one stage change (an advance through the API), one
# line each as "<verb> <table>[ for update]", "begin" or "commit". Starts a short-lived instance
# whose connections ask PostgreSQL to log every statement (log_statement=all, a superuser
# setting) and whose scheduled jobs are off, then reads the server log around one request. The
# measured instance never logs. Needs API_KEY and $WORK.
set -euo pipefail
source "$(dirname "$0")/common.sh"
log=$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -n 1)
[ -r "$log" ] || { echo "PostgreSQL's server log was not found under /var/log/postgresql" >&2; exit 1; }
port=$((BENCH_PORT + 9))
url="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$DB_SCHEMA&options=-c%20log_statement%3Dall"
start_service "$port" QUARKUS_SCHEDULER_ENABLED=false QUARKUS_DATASOURCE_JDBC_URL="$url"
trap 'stop_service $port' EXIT
base=http://localhost:$port
auth="Authorization: Bearer $API_KEY"
lead=$(curl -fsS -H "$auth" -H 'Content-Type: application/json' \
  -d "{\"email\":\"capture-$(date +%s%N)@bench.example\"}" "$base/api/leads" | jq -r .id)
sleep 0.5
before=$(stat -c %s "$log")
curl -fsS -o /dev/null -H "$auth" -H 'If-Match: "0"' -H 'Content-Type: application/json' \
  -d '{"stage":"REFLECTION"}' "$base/api/leads/$lead/stage"
sleep 0.5
tail -c +$((before + 1)) "$log" | sed -nE 's/.*LOG:  (execute [^:]*|statement): //p' | awk '
  { verb = tolower($1); table = "" }
  verb == "" { next }
  verb == "select" { for (i = 2; i < NF; i++) if (tolower($i) == "from") { table = $(i + 1); break } }
  verb == "insert" || verb == "delete" { table = $3 }
  verb == "update" { table = $2 }
  { line = verb (table == "" ? "" : " " table) (/ for (no key )?update/ ? " for update" : "")
    if (line != "select") print line }'
