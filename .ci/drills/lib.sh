# Shared by the fault drills (sourced, not run): a PostgreSQL cluster of the drill's own, the
# packaged service on it, and the teardown of both. The drill sets PG_PORT, HTTP_PORT, APP, NAME
# (prefix of the work directory and the log lines) and DB_SCHEMA before calling faults_setup.
#
# faults_setup              installs what is missing, packages the service when absent, makes WORK
# cluster_start             initdb as the postgres user, then starts it on 127.0.0.1:PG_PORT
# pg start|stop -m MODE     pg_ctl on that cluster
# sql "STATEMENT"           one psql query, unaligned and tuples only
# service_start [VAR=v...]  the service with the common settings plus these; waits until ready
#                           (JVM options in SERVICE_JAVA_OPTS)
# service_kill              kill -9, and reaps it
# KEEP_WORK=1 keeps the work directory (logs, data) after the drill instead of removing it.

ADMIN_EMAIL=faults@parcours.local
ADMIN_PASSWORD=faults-admin-password
BASE=http://127.0.0.1:$HTTP_PORT
SERVICE_PID=
EXTRA_PIDS=()

now_ms() { date +%s%3N; }
log() { echo "[$NAME] $*"; }

faults_setup() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || ! command -v curl >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q && apt-get install -y -q postgresql curl
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  WORK=$(mktemp -d "/tmp/parcours-$NAME.XXXXXX")
  chmod 755 "$WORK"
  DATA=$WORK/pgdata
  trap faults_cleanup EXIT
  if [ ! -f "$APP/quarkus-run.jar" ]; then
    log "packaging the service"
    ./mvnw -B -q package -DskipTests
  fi
}

if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

pg() { as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$WORK/postgres.log" -w -t 60 "$@" >/dev/null; }

sql() {
  PGPASSWORD=postgres PGOPTIONS="-c search_path=$DB_SCHEMA" psql -X -At -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"
}

cluster_start() {
  log "PostgreSQL cluster of its own on port $PG_PORT"
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$WORK" "$DATA"
  as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres -A trust >/dev/null
  cat >>"$DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DATA'
CONF
  pg start
}

service_start() {
  if curl -fs -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
    log "something already answers on port $HTTP_PORT"
    exit 1
  fi
  env DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_NAME=postgres DB_SCHEMA="$DB_SCHEMA" \
    DB_USER=postgres DB_PASSWORD=postgres PORT="$HTTP_PORT" \
    ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD \
    API_KEY_REQUESTS_PER_MINUTE=100000000 SESSION_SECURE_COOKIE=false \
    UNSUBSCRIBE_SECRET=faults-only-unsubscribe-secret-0123456789 \
    WEBHOOK_SECRET_KEY=faults-only-webhook-secret-key-0123456789 "$@" \
    java ${SERVICE_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do
    curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.2
  done
  tail -50 "$WORK/service.log"
  log "the service did not become ready"
  exit 1
}

service_kill() {
  kill -9 "$SERVICE_PID"
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=
}

faults_cleanup() {
  if [ -n "$SERVICE_PID" ]; then
    kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  fi
  for pid in "${EXTRA_PIDS[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  if [ -f "$DATA/postmaster.pid" ]; then
    pg stop -m immediate || true
  fi
  if [ -n "${KEEP_WORK:-}" ]; then
    log "work directory kept: $WORK"
  else
    rm -rf "$WORK"
  fi
  return 0
}
