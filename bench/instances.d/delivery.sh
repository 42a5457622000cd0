#!/usr/bin/env bash
# Emails and webhooks delivered exactly once by one instance, then by three instances sharing the
# schema (each with its email dispatchers and webhook dispatcher). Each round makes the same emails
# due and writes new events for a subscribed receiver, then waits until everything is delivered.
# Checks: the sink holds exactly one message per address, the receiver saw every event once
# (by webhook-id) and in order per lead, and three instances were not slower than one.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$BENCH_DIR/lib/mail.sh"
EMAILS=${INSTANCE_EMAILS:-3000}
LEADS=${INSTANCE_HOOK_LEADS:-500}
EVENTS_PER_LEAD=${INSTANCE_EVENTS_PER_LEAD:-4}
PREFIX=b0000000-0000-4000-8005
WARM_PREFIX=b0000000-0000-4000-8006 # a smaller first pass, not measured: the JVMs compile
ports=($((BENCH_PORT + 50)) $((BENCH_PORT + 51)) $((BENCH_PORT + 52)))
SINK_PORT=$((BENCH_PORT + 53))
HOOK_PORT=$((BENCH_PORT + 54))
hooks=$WORK/delivery-hooks
events=$((LEADS * EVENTS_PER_LEAD))

bench_emails "$PREFIX" "$EMAILS"
bench_emails "$WARM_PREFIX" $((EMAILS / 5))
sql_value "delete from webhook_subscription where description = 'bench delivery'" >/dev/null
sql_value "insert into webhook_subscription (id, url, secret, event_types, description, created_at, updated_at)
  values (gen_random_uuid(), 'http://127.0.0.1:$HOOK_PORT/hook',
          'whsec_' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64'), '{lead.updated}', 'bench delivery', now(), now())" >/dev/null
: >"$hooks"
java "$BENCH_DIR/lib/Receiver.java" "$HOOK_PORT" "$hooks" >"$WORK/receiver.log" 2>&1 &
receiver=$!
trap 'kill $receiver 2>/dev/null || true' EXIT
until grep -q listening "$WORK/receiver.log"; do sleep 0.1; done

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

round() { # instances
  local n=$1 sink=$WORK/delivery-sink-$1 before_hooks
  start_sink "$SINK_PORT" "$sink"
  for p in "${ports[@]:0:$n}"; do
    start_service "$p" SMTP_HOST=127.0.0.1 SMTP_PORT="$SINK_PORT" SMTP_START_TLS=DISABLED MAIL_MOCK=false \
      EMAIL_DISPATCH_EVERY=1s WEBHOOK_POLL_EVERY=1s WEBHOOK_ALLOWED_HOSTS=127.0.0.1
  done
  pass "$WARM_PREFIX" $((EMAILS / 5)) $((LEADS / 5)) "$EVENTS_PER_LEAD" "warm-up with $n" >&2
  before_hooks=$(wc -l <"$hooks")
  pass "$PREFIX" "$EMAILS" "$LEADS" "$EVENTS_PER_LEAD" "round with $n" >&2
  sleep 1
  for p in "${ports[@]:0:$n}"; do stop_service "$p"; done
  stop_sink "$SINK_PORT"
  read -r messages addresses < <(sink_counts "$sink" "mail-$PREFIX-")
  tail -n +$((before_hooks + 1)) "$hooks" | grep -F " $PREFIX-" >"$hooks-$n" || true
  requests=$(wc -l <"$hooks-$n")
  ids=$(cut -d' ' -f1 "$hooks-$n" | sort -u | wc -l)
  # out of order: an event that arrived after a later event of the same lead
  disorder=$(awk '{ if ($3 in last && $2 + 0 < last[$3]) bad++; if ($2 + 0 > last[$3]) last[$3] = $2 + 0 } END { print bad + 0 }' "$hooks-$n")
  eps=$(awk -v c="$EMAILS" -v ns="$emails_at" 'BEGIN { printf "%.1f", c / (ns / 1e9) }')
  hps=$(awk -v c="$events" -v ns="$hooks_at" 'BEGIN { printf "%.1f", c / (ns / 1e9) }')
  echo "$n $messages $addresses $requests $ids $disorder $eps $hps"
}

one=$(round 1)
three=$(round 3)
ok=true
for r in "$one" "$three"; do
  read -r n messages addresses requests ids disorder eps hps <<<"$r"
  echo "instances      $n instance(s): $EMAILS emails -> $messages messages to $addresses addresses, $eps emails/s; $events webhooks -> $requests requests, $ids webhook-ids, $disorder out of order per lead, $hps webhooks/s"
  [ "$messages" -eq "$EMAILS" ] && [ "$addresses" -eq "$EMAILS" ] || ok=false
  [ "$requests" -eq "$events" ] && [ "$ids" -eq "$events" ] && [ "$disorder" -eq 0 ] || ok=false
done
read -r _ _ _ _ _ _ eps1 hps1 <<<"$one"
read -r _ _ _ _ _ _ eps3 hps3 <<<"$three"
faster=$(awk -v a="$eps3" -v b="$eps1" -v c="$hps3" -v d="$hps1" 'BEGIN { print (a >= b && c >= d ? "yes" : "no") }')
echo "instances      three instances not slower than one (emails and webhooks): $faster"
[ "$faster" = yes ] || ok=false
$ok
