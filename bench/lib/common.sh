# Shared settings and helpers of the bench scripts (sourced, not run).
BENCH_DIR=${BENCH_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
export BENCH_DIR REPO_DIR
export DB_SCHEMA=${DB_SCHEMA:-parcours_bench}
export PGHOST=${DB_HOST:-localhost} PGPORT=${DB_PORT:-5432} PGDATABASE=${DB_NAME:-postgres}
export PGUSER=${DB_USER:-postgres} PGPASSWORD=${DB_PASSWORD:-postgres}
export BENCH_PORT=${BENCH_PORT:-8390}
export BASE_URL=${BASE_URL:-http://localhost:$BENCH_PORT}
export BENCH_SECONDS=${BENCH_SECONDS:-10}
export BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-16}
export ADMIN_EMAIL=${ADMIN_EMAIL:-bench-admin@parcours.local}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-admin-password}
export SERVICE_JAR=$REPO_DIR/target/quarkus-app/quarkus-run.jar
export MINIMAL_JAR=$BENCH_DIR/minimal/target/quarkus-app/quarkus-run.jar
# The same JVM options for the service and the minimal app.
export BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
# Prod mode requires a secret for unsubscribe links; the bench never sends one to a person.
export UNSUBSCRIBE_SECRET=${UNSUBSCRIBE_SECRET:-bench-only-unsubscribe-secret-0123456789}
# Prod mode requires a key sealing webhook secrets in the database.
export WEBHOOK_SECRET_KEY=${WEBHOOK_SECRET_KEY:-bench-only-webhook-secret-key-0123456789}

psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# Runs a command with the bench schema first on PostgreSQL's search path.
in_schema() { PGOPTIONS="-c search_path=$DB_SCHEMA" "$@"; }
# One value from a query run in the bench schema.
sql_value() { in_schema psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }
now_ns() { date +%s%N; }

# Starts the packaged service on a port in the background; its pid goes to $WORK/service-<port>.pid.
# Its email and webhook dispatchers are off unless the caller turns them on (EMAIL_DISPATCH_EVERY,
# WEBHOOK_POLL_EVERY): an instance that is not measuring delivery must not claim the measured one's
# emails or deliveries, nor fail them against a relay that is not there.
start_service() {
  local port=$1
  shift
  env EMAIL_DISPATCH_EVERY=off WEBHOOK_POLL_EVERY=off "$@" DB_SCHEMA="$DB_SCHEMA" PORT="$port" API_KEY_REQUESTS_PER_MINUTE=100000000 \
    ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java $BENCH_JAVA_OPTS -jar "$SERVICE_JAR" >"$WORK/service-$port.log" 2>&1 &
  echo $! >"$WORK/service-$port.pid"
  wait_ready "http://localhost:$port/q/health/ready" 120 ||
    { echo "The service on port $port did not start; see $WORK/service-$port.log" >&2; return 1; }
}

stop_service() {
  local pidfile=$WORK/service-$1.pid
  [ -f "$pidfile" ] || return 0
  kill "$(cat "$pidfile")" 2>/dev/null || true
  wait "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
}

wait_ready() {
  local url=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 10))); do
    curl -fs -o /dev/null "$url" && return 0
    sleep 0.1
  done
  return 1
}

# Logs in as the administrator and creates an API key for the bench; prints the key.
create_api_key() {
  local base=$1 jar=$WORK/cookies csrf
  csrf=$(curl -fsS -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$base/api/session" |
    jq -r .csrfToken)
  curl -fsS -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scopes":["leads:read","leads:write","touchpoints:read","touchpoints:write","imports:write"],"requestsPerMinute":1000000}' \
    "$base/api/api-keys" | jq -r .key
}

# Replaces the leads <prefix>-<n> (n = 1..count) with new ones in DISCOVERY, with their entry rows.
bench_leads() {
  in_schema psql_q >/dev/null <<SQL
delete from lead where id::text like '$1-%';
insert into lead (id, email, stage, stage_entered_at, created_at, updated_at)
  select ('$1-' || lpad(n::text, 12, '0'))::uuid, 'lead-$1-' || n || '@bench.example',
         'DISCOVERY', now(), now(), now() from generate_series(1, $2) n;
insert into stage_transition (lead_id, to_stage, kind, at, actor_type, cause_type)
  select id, 'DISCOVERY', 'ENTRY', created_at, 'SYSTEM', 'MANUAL' from lead where id::text like '$1-%';
SQL
}

# Writes "id stage version" lines of the leads <prefix>-* to a file, for stage.lua.
lead_states() {
  in_schema psql -X -At -c "select id || ' ' || stage || ' ' || version from lead where id::text like '$1-%' order by id" >"$2"
}
