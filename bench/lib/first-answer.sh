#!/usr/bin/env bash
# Starts a packaged Quarkus app, waits for the first 200 of a real endpoint, writes the resident
# memory (kB) at that moment to <rss-file>, stops the app.
# Usage: first-answer.sh <port> <url> <authorization header or ""> <rss-file> <jar> [VAR=value...]
set -euo pipefail
port=$1 url=$2 auth=$3 rss=$4 jar=$5
shift 5
# No dispatcher works while start-up is timed (the minimal app has none); VAR=value may turn one on.
env EMAIL_DISPATCH_EVERY=off WEBHOOK_POLL_EVERY=off "$@" PORT="$port" java $BENCH_JAVA_OPTS -jar "$jar" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null ${auth:+-H "$auth"} "$url"; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped before answering" >&2; exit 1; }
  sleep 0.02
done
awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" >"$rss"
