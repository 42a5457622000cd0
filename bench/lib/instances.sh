#!/usr/bin/env bash
# Three instances of the packaged service against one schema (the first one is already running on
# $BENCH_PORT). Stage changes go through all three: in each round every instance drives a third of
# the leads, and the thirds rotate so that every lead is moved through every instance; then a
# contention round has all three move the same few leads at once (412s are expected and re-read).
# Checks: every lead's history chains and matches its version and nothing failed; the throughput
# of three instances beside one is reported. Delivery checks (email, webhooks exactly once) are the
# executables in bench/instances.d/, run after the rounds with the ports in INSTANCE_PORTS.
set -euo pipefail
source "$(dirname "$0")/common.sh"
LEADS=${INSTANCE_LEADS:-3000}
PREFIX=b0000000-0000-4000-8002
HOT_PREFIX=b0000000-0000-4000-8003
PER=$(((BENCH_CONNECTIONS + 2) / 3)) # connections per instance
ports=("$BENCH_PORT" $((BENCH_PORT + 1)) $((BENCH_PORT + 2)))
export INSTANCE_PORTS="${ports[*]}"

for p in "${ports[@]:1}"; do start_service "$p"; done
bench_leads "$PREFIX" "$LEADS"
bench_leads "$HOT_PREFIX" 30
: >"$WORK/instances-moves"

drive() { # port leads-file connections output
  API_KEY=$API_KEY wrk -t 1 -c "$3" -d "${BENCH_SECONDS}s" --timeout 60s \
    -s "$BENCH_DIR/workloads/stage.lua" "http://localhost:$1" -- "$2" 1 >"$4"
  grep -E '^(moves|conflicts|errors) ' "$4" | tr '\n' ' ' >>"$WORK/instances-moves"
  echo >>"$WORK/instances-moves"
}
tps_of() { awk '/^moves/ { m += $2 } /^seconds/ { if ($2 > s) s = $2 } END { printf "%.1f", m / s }' "$@"; }

echo "One instance, $((PER * 3)) connections..."
lead_states "$PREFIX" "$WORK/all"
drive "${ports[0]}" "$WORK/all" $((PER * 3)) "$WORK/one.out"
one=$(tps_of "$WORK/one.out")

three=()
for round in 0 1 2; do
  echo "Round $((round + 1)): three instances, $PER connections each, thirds rotated..."
  lead_states "$PREFIX" "$WORK/all"
  pids=()
  for i in 0 1 2; do
    awk -v k=$(((i + round) % 3)) 'NR % 3 == k' "$WORK/all" >"$WORK/third-$i"
    drive "${ports[$i]}" "$WORK/third-$i" "$PER" "$WORK/round-$round-$i.out" &
    pids+=($!)
  done
  wait "${pids[@]}" # not a bare wait: the instances started here are children too
  three+=("$(tps_of "$WORK"/round-$round-*.out)")
done

echo "Contention: three instances moving the same 30 leads..."
lead_states "$HOT_PREFIX" "$WORK/hot"
pids=()
for i in 0 1 2; do
  drive "${ports[$i]}" "$WORK/hot" "$PER" "$WORK/hot-$i.out" &
  pids+=($!)
done
wait "${pids[@]}"
conflicts=$(awk '/^conflicts/ { s += $2 } END { print s + 0 }' "$WORK"/hot-*.out)

moves=$(awk '{ s += $2 } END { print s + 0 }' "$WORK/instances-moves")
failed=$(awk '{ s += $6 } END { print s + 0 }' "$WORK/instances-moves")
in_flight=$(($(wc -l <"$WORK/instances-moves") * PER * 3))
history=$(sql_value "select count(*) from stage_transition where kind <> 'ENTRY' and (lead_id::text like '$PREFIX-%' or lead_id::text like '$HOT_PREFIX-%')")
gaps=$(($("$BENCH_DIR/lib/history-gaps.sh" "$PREFIX") + $("$BENCH_DIR/lib/history-gaps.sh" "$HOT_PREFIX")))
best=$(printf '%s\n' "${three[@]}" | sort -n | tail -n 1)

ok=true
[ "$history" -ge "$moves" ] && [ "$history" -le $((moves + in_flight)) ] || ok=false
[ "$failed" -eq 0 ] && [ "$gaps" -eq 0 ] || ok=false
faster=$(awk -v a="$best" -v b="$one" 'BEGIN { print (a >= b ? "yes" : "no") }')
echo "instances    stage changes: one instance $one tx/s; three instances ${three[*]} tx/s (rounds); not slower: $faster (reported, not required: the three JVMs share the same cores; the delivery check requires it of dispatch)"
echo "instances    $moves moves answered 200, $history history rows (at most $in_flight in flight at the ends), $failed failed, $conflicts refused under contention and re-read, $gaps leads with a gap"

# The delivery checks start instances of their own, configured for their sink and receiver.
for p in "${ports[@]}"; do stop_service "$p"; done
shopt -s nullglob
checks=("$BENCH_DIR"/instances.d/*.sh)
for c in "${checks[@]}"; do
  if "$c"; then echo "instances    $(basename "$c"): passed"; else echo "instances    $(basename "$c"): FAILED"; ok=false; fi
done
if $ok; then echo "instances    three-instance check passed"; else echo "instances    three-instance check FAILED"; fi
