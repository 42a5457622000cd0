#!/usr/bin/env bash
# Emails and webhooks delivered exactly once by one instance, then by three instances sharing the
# schema (each with its email senders and webhook senders). Each round makes its emails due and
# writes new events for a subscribed receiver, then waits until everything is delivered.
#
# Two pairs of rounds. With a relay and a receiver that answer at once, delivery is the JVM's CPU
# work, and on a small machine three JVMs share the cores one already uses: that pair's
# throughputs are reported, not compared. With a relay that takes a second to accept a message
# (smtp-sink counts in seconds) and a receiver that takes RECEIVER_DELAY_MS, as real ones take
# time, each sender waits, and three instances bring three times the senders: that pair must show
# three instances not slower than one, which a lock or a claim serialising the instances would
# break. Checks, every round: the sink holds exactly one message per address, the receiver saw
# every event once (by webhook-id) and in order per lead.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$BENCH_DIR/lib/mail.sh"
EMAILS=${INSTANCE_EMAILS:-3000}
LEADS=${INSTANCE_HOOK_LEADS:-500}
EVENTS_PER_LEAD=${INSTANCE_EVENTS_PER_LEAD:-4}
SLOW_EMAILS=${INSTANCE_SLOW_EMAILS:-240} # at a second each: 60 s for one instance's 4 senders
RECEIVER_DELAY_MS=${INSTANCE_RECEIVER_DELAY_MS:-200}
PREFIX=b0000000-0000-4000-8005
SLOW_PREFIX=b0000000-0000-4000-8007
WARM_PREFIX=b0000000-0000-4000-8006
ports=($((BENCH_PORT + 50)) $((BENCH_PORT + 51)) $((BENCH_PORT + 52)))
SINK_PORT=$((BENCH_PORT + 53))
HOOK_PORT=$((BENCH_PORT + 54))
hooks=$WORK/delivery-hooks

bench_emails "$PREFIX" "$EMAILS"
bench_emails "$WARM_PREFIX" $((EMAILS / 5))
bench_emails "$SLOW_PREFIX" "$SLOW_EMAILS"
sql_value "delete from webhook_subscription where description = 'bench delivery'" >/dev/null
sql_value "insert into webhook_subscription (id, url, secret, event_types, description, created_at, updated_at)
  values (gen_random_uuid(), 'http://127.0.0.1:$HOOK_PORT/hook',
          'whsec_' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64'), '{lead.updated}', 'bench delivery', now(), now())" >/dev/null
: >"$hooks"
# The receiver of a round; rounds run in subshells, so its pid is kept in a file.
stop_receiver() {
  [ -s "$WORK/receiver.pid" ] || return 0
  kill "$(cat "$WORK/receiver.pid")" 2>/dev/null || true
  for _ in $(seq 1 100); do # until its port is free
    (exec 3<>"/dev/tcp/127.0.0.1/$HOOK_PORT") 2>/dev/null || break
    sleep 0.1
  done
  : >"$WORK/receiver.pid"
}
trap stop_receiver EXIT
start_receiver() { # delay-ms
  stop_receiver
  : >"$WORK/receiver.log"
  java "$BENCH_DIR/lib/Receiver.java" "$HOOK_PORT" "$hooks" "$1" >"$WORK/receiver.log" 2>&1 &
  echo $! >"$WORK/receiver.pid"
  until grep -q listening "$WORK/receiver.log"; do
    kill -0 $! 2>/dev/null || { cat "$WORK/receiver.log" >&2; return 1; }
    sleep 0.1
  done
}

delivered() {
  sql_value "select count(*) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
    where s.description = 'bench delivery' and d.status = 'DELIVERED'"
}

# Makes the emails of the leads <prefix>-* due and writes <per lead> events for <leads> of them,
# then waits until all are delivered; sets emails_at and hooks_at (ns).
pass() { # prefix emails leads per-lead label
  local before start
  before=$(delivered)
  start=$(now_ns)
  emails_at="" hooks_at=""
  emails_due "$1"
  # Several events per lead, in one statement: the trigger plans one delivery each.
  sql_value "insert into domain_event (type, lead_id, occurred_at, actor_type, actor_id, payload)
    select 'lead.updated', ('$1-' || lpad(l::text, 12, '0'))::uuid, now(), 'SYSTEM', 'bench',
           jsonb_build_object('pass', '$5', 'n', k)
    from generate_series(1, $4) k, generate_series(1, $3) l order by k, l" >/dev/null
  while [ -z "$emails_at" ] || [ -z "$hooks_at" ]; do
    [ -n "$emails_at" ] || [ "$(emails_with "$1" SENT)" -lt "$2" ] || emails_at=$(now_ns)
    [ -n "$hooks_at" ] || [ $(($(delivered) - before)) -lt $(($3 * $4)) ] || hooks_at=$(now_ns)
    if [ $(($(now_ns) - start)) -gt $((900 * 1000000000)) ]; then
      echo "$5: not everything was delivered within 15 minutes" >&2
      emails_at=${emails_at:-$(now_ns)} hooks_at=${hooks_at:-$(now_ns)}
    fi
    sleep 0.2
  done
  emails_at=$((emails_at - start)) hooks_at=$((hooks_at - start))
}

round() { # instances sink-delay-s receiver-delay-ms prefix emails leads
  local n=$1 prefix=$4 emails=$5 leads=$6 sink=$WORK/delivery-sink-$1-$2 before_hooks
  start_sink "$SINK_PORT" "$sink" "$2"
  start_receiver "$3"
  for p in "${ports[@]:0:$n}"; do
    start_service "$p" SMTP_HOST=127.0.0.1 SMTP_PORT="$SINK_PORT" SMTP_START_TLS=DISABLED MAIL_MOCK=false \
      EMAIL_DISPATCH_EVERY=1s WEBHOOK_POLL_EVERY=1s WEBHOOK_ALLOWED_HOSTS=127.0.0.1
  done
  # a first pass, not measured, while the JVMs compile (not needed when waiting is the limit)
  [ "$2" != 0 ] || pass "$WARM_PREFIX" $((EMAILS / 5)) $((LEADS / 5)) "$EVENTS_PER_LEAD" "warm-up with $n" >&2
  before_hooks=$(wc -l <"$hooks")
  pass "$prefix" "$emails" "$leads" "$EVENTS_PER_LEAD" "round with $n" >&2
  sleep 1
  for p in "${ports[@]:0:$n}"; do stop_service "$p"; done
  stop_sink "$SINK_PORT"
  stop_receiver
  read -r messages addresses < <(sink_counts "$sink" "mail-$prefix-")
  tail -n +$((before_hooks + 1)) "$hooks" | grep -F " $prefix-" >"$hooks-$n" || true
  requests=$(wc -l <"$hooks-$n")
  ids=$(cut -d' ' -f1 "$hooks-$n" | sort -u | wc -l)
  # out of order: an event that arrived after a later event of the same lead
  disorder=$(awk '{ if ($3 in last && $2 + 0 < last[$3]) bad++; if ($2 + 0 > last[$3]) last[$3] = $2 + 0 } END { print bad + 0 }' "$hooks-$n")
  eps=$(awk -v c="$emails" -v ns="$emails_at" 'BEGIN { printf "%.1f", c / (ns / 1e9) }')
  hps=$(awk -v c="$((leads * EVENTS_PER_LEAD))" -v ns="$hooks_at" 'BEGIN { printf "%.1f", c / (ns / 1e9) }')
  echo "$n $emails $messages $addresses $((leads * EVENTS_PER_LEAD)) $requests $ids $disorder $eps $hps"
}

ok=true
report() { # label round-result...
  local label=$1
  shift
  for r in "$@"; do
    read -r n emails messages addresses events requests ids disorder eps hps <<<"$r"
    echo "instances      $label, $n instance(s): $emails emails -> $messages messages to $addresses addresses, $eps emails/s; $events webhooks -> $requests requests, $ids webhook-ids, $disorder out of order per lead, $hps webhooks/s"
    [ "$messages" -eq "$emails" ] && [ "$addresses" -eq "$emails" ] || ok=false
    [ "$requests" -eq "$events" ] && [ "$ids" -eq "$events" ] && [ "$disorder" -eq 0 ] || ok=false
  done
}
# "yes" when the second round's emails/s and webhooks/s are at least the first's
not_slower() {
  read -r _ _ _ _ _ _ _ _ eps1 hps1 <<<"$1"
  read -r _ _ _ _ _ _ _ _ eps3 hps3 <<<"$2"
  awk -v a="$eps3" -v b="$eps1" -v c="$hps3" -v d="$hps1" 'BEGIN { print (a >= b && c >= d ? "yes" : "no") }'
}

one=$(round 1 0 0 "$PREFIX" "$EMAILS" "$LEADS")
three=$(round 3 0 0 "$PREFIX" "$EMAILS" "$LEADS")
report "instant relay and receiver" "$one" "$three"
echo "instances      instant relay and receiver: three instances not slower than one: $(not_slower "$one" "$three") (reported, not required: the CPU is the limit, shared by the JVMs)"
slow_leads=$((SLOW_EMAILS < LEADS ? SLOW_EMAILS : LEADS))
one=$(round 1 1 "$RECEIVER_DELAY_MS" "$SLOW_PREFIX" "$SLOW_EMAILS" "$slow_leads")
three=$(round 3 1 "$RECEIVER_DELAY_MS" "$SLOW_PREFIX" "$SLOW_EMAILS" "$slow_leads")
report "relay 1 s a message, receiver $RECEIVER_DELAY_MS ms" "$one" "$three"
faster=$(not_slower "$one" "$three")
echo "instances      relay 1 s a message, receiver $RECEIVER_DELAY_MS ms: three instances not slower than one: $faster"
[ "$faster" = yes ] || ok=false
$ok
