#!/usr/bin/env bash
# Email dispatch: due outbox rows sent by the service's dispatchers to Postfix's smtp-sink, versus
# smtp-source sending as many messages of the same size over as many connections to the same
# sink. Correctness: every row SENT, the sink holding exactly one message per lead (by envelope
# recipient), nothing FAILED or UNKNOWN.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
source "$BENCH_DIR/lib/mail.sh"
COUNT=${EMAIL_COUNT:-10000}
SENDERS=${EMAIL_SENDERS:-4}
PREFIX=b0000000-0000-4000-8004 # leads whose emails are sent
SERVICE_PORT=$((BENCH_PORT + 40))
SINK_PORT=$((BENCH_PORT + 41))
SINKS=$WORK/email-sinks

next_run() {
  local n
  n=$(($(cat "$WORK/email-$1-runs" 2>/dev/null || echo 0) + 1))
  echo "$n" >"$WORK/email-$1-runs"
  echo "$1-$n"
}

outbox() { emails_with "$PREFIX" "$1"; }

case ${1:-} in
  describe)
    echo "eps|email dispatch of $COUNT due emails to smtp-sink, $SENDERS connections|Parcours|smtp-source|emails/s|ge|0.4"
    ;;
  prepare)
    bench_emails "$PREFIX" "$COUNT"
    start_service "$SERVICE_PORT" SMTP_HOST=127.0.0.1 SMTP_PORT="$SINK_PORT" SMTP_START_TLS=DISABLED \
      MAIL_MOCK=false EMAIL_DISPATCH_EVERY=1s EMAIL_SENDERS="$SENDERS"
    ;;
  a)
    run=$(next_run a)
    start_sink "$SINK_PORT" "$SINKS/$run"
    emails_due "$PREFIX" # the dispatchers' next tick takes them
    start=$(now_ns)
    until [ "$(outbox SENT)" -ge "$COUNT" ]; do
      if [ $(($(now_ns) - start)) -gt $((1800 * 1000000000)) ]; then
        echo "not all emails were sent within 30 minutes" >&2
        break
      fi
      sleep 0.2
    done
    end=$(now_ns)
    sleep 1
    stop_sink "$SINK_PORT"
    awk -v n="$COUNT" -v ns=$((end - start)) 'BEGIN { printf "eps %.1f\n", n / (ns / 1e9) }'
    ;;
  b)
    # The same size as the service's messages (the first A run's average), over as many
    # connections, each reused for message after message.
    size=$(find "$SINKS/a-1" -type f -printf '%s\n' | awk '{ s += $1; n++ } END { printf "%d", s / n }')
    run=$(next_run b)
    start_sink "$SINK_PORT" "$SINKS/$run"
    start=$(now_ns)
    smtp-source -d -s "$SENDERS" -l "$size" -m "$COUNT" -N -f bench@parcours.local \
      -t mail@sink.example "127.0.0.1:$SINK_PORT"
    until [ "$(find "$SINKS/$run" -type f | wc -l)" -ge "$COUNT" ]; do sleep 0.05; done
    end=$(now_ns)
    stop_sink "$SINK_PORT"
    awk -v n="$COUNT" -v ns=$((end - start)) 'BEGIN { printf "eps %.1f\n", n / (ns / 1e9) }'
    ;;
  check)
    sent=$(outbox SENT)
    bad=$(($(outbox FAILED) + $(outbox UNKNOWN) + $(outbox PENDING) + $(outbox SENDING)))
    size=$(find "$SINKS/a-1" -type f -printf '%s\n' | awk '{ s += $1; n++ } END { printf "%d", s / n }')
    worst=""
    for dir in "$SINKS"/a-*; do
      read -r files distinct < <(sink_counts "$dir")
      if [ "$files" -ne "$COUNT" ] || [ "$distinct" -ne "$COUNT" ]; then
        worst="$worst $(basename "$dir"): $files messages to $distinct addresses;"
      fi
    done
    echo "last run: $sent of $COUNT SENT, $bad not sent; every run delivered exactly one message to each of the $COUNT addresses: $([ -z "$worst" ] && echo yes || echo "no:$worst"); messages of $size bytes" >&2
    [ -z "$worst" ] && [ "$sent" -eq "$COUNT" ] && [ "$bad" -eq 0 ]
    ;;
  *) echo "usage: $0 describe|prepare|a|b|check" >&2; exit 2 ;;
esac
