# Email helpers of the bench scripts (sourced after common.sh, not run).
SEED_JOURNEY=00000000-0000-4000-8000-00000000f001 # seed journey: customer thank-you, transactional
SEED_TEMPLATE=00000000-0000-4000-8000-00000000e001 # its template

# Replaces the leads <prefix>-<n> (n = 1..count) with customers who consented, each entered by a
# history row and with one email of the seed journey's template (as planned before journeys: no
# enrolment, no content to pick), due in a year: nothing goes out before emails_due makes them due.
bench_emails() {
  in_schema psql_q >/dev/null <<SQL
delete from lead where id::text like '$1-%';
insert into lead (id, email, first_name, locale, stage, stage_entered_at, consent_status,
                  consent_basis, consent_source, consent_at, created_at, updated_at)
  select ('$1-' || lpad(n::text, 12, '0'))::uuid, 'mail-$1-' || n || '@sink.example',
         'Client ' || n, case when n % 2 = 0 then 'fr' else 'en' end, 'CUSTOMER', now(),
         'GRANTED', 'CONSENT', 'bench', now(), now(), now()
  from generate_series(1, $2) n;
insert into stage_transition (lead_id, to_stage, kind, at, actor_type, cause_type)
  select id, 'CUSTOMER', 'ENTRY', created_at, 'SYSTEM', 'MANUAL' from lead where id::text like '$1-%';
insert into email_outbox (id, lead_id, journey_id, template_id, transition_id, stage,
                          stage_entered_at, marketing, status, due_at, created_at, updated_at)
  select gen_random_uuid(), t.lead_id, '$SEED_JOURNEY', '$SEED_TEMPLATE', t.id, 'CUSTOMER', t.at,
         false, 'PENDING', now() + interval '1 year', now(), now()
  from stage_transition t where t.lead_id::text like '$1-%';
analyze lead; analyze email_outbox;
SQL
}

# Makes every email of the leads <prefix>-* due now and unsent, as if just planned; every other
# waiting email (planned by earlier workloads' stage changes) waits a year, so that the dispatchers
# measured send these and only these.
emails_due() {
  sql_value "update email_outbox set due_at = now() + interval '1 year'
    where status = 'PENDING' and lead_id::text not like '$1-%'
      and due_at < now() + interval '1 year'" >/dev/null
  sql_value "update email_outbox set status = 'PENDING', due_at = now(), attempts = 0,
    claimed_at = null, handed_over_at = null, sent_at = null, message_id = null, last_error = null
    where lead_id::text like '$1-%'" >/dev/null
}

# How many emails of the leads <prefix>-* have a status.
emails_with() {
  sql_value "select count(*) from email_outbox where lead_id::text like '$1-%' and status = '$2'"
}

# Starts Postfix's smtp-sink on a port, writing each message to a file under a directory.
start_sink() { # port dir [seconds before answering DATA]
  local port=$1 dir=$2 delay=${3:-0}
  mkdir -p "$dir"
  chmod o+x "$WORK"
  chmod 777 "$(dirname "$dir")" "$dir"
  local wait=()
  [ "$delay" = 0 ] || wait=(-w "$delay")
  smtp-sink -u nobody -d "$dir/%H%M%S." "${wait[@]}" "127.0.0.1:$port" 1024 &
  echo $! >"$WORK/sink-$port.pid"
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "smtp-sink did not start on port $port" >&2
  return 1
}

stop_sink() {
  local pid
  pid=$(cat "$WORK/sink-$1.pid")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# "<messages> <distinct envelope recipients>" of a sink directory, of the recipients that contain
# a string when one is given.
sink_counts() {
  find "$1" -type f -exec grep -h -m 1 '^X-Rcpt-Args:' {} + | grep -F -- "${2:-}" |
    awk '{ n++; if (!($0 in seen)) { seen[$0]; d++ } } END { print n + 0, d + 0 }'
}
