#!/usr/bin/env bash
# Runs one workload: prepare, then A (Parcours) and B (the baseline) alternately for N pairs,
# then its correctness check; prints one line per metric. A workload whose describe fails is not
# available yet. Usage: workload.sh <name> <pairs>
set -euo pipefail
source "$(dirname "$0")/common.sh"
name=$1 pairs=$2
script=$BENCH_DIR/workloads/$name.sh
if ! desc=$("$script" describe 2>/dev/null); then
  printf '%-12s not available yet\n' "$name"
  exit 0
fi
"$script" prepare >&2
runs=$WORK/$name.runs
: >"$runs"
for pair in $(seq 1 "$pairs"); do
  "$script" a | sed "s/^/a $pair /" >>"$runs"
  "$script" b | sed "s/^/b $pair /" >>"$runs"
done
if ! "$script" check 2>"$WORK/$name.check"; then
  printf '%-12s INCORRECT, no ratio: %s\n' "$name" "$(tr '\n' ' ' <"$WORK/$name.check")"
  exit 0
fi
while IFS='|' read -r metric what alabel blabel unit op target; do
  awk -v m="$metric" -v what="$what" -v al="$alabel" -v bl="$blabel" -v unit="$unit" \
    -v op="$op" -v target="$target" -v name="$name" -v check="$(tail -n 1 "$WORK/$name.check")" '
    function median(v, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    $3 == m && $1 == "a" { a[$2] = $4 }
    $3 == m && $1 == "b" { b[$2] = $4 }
    END {
      n = 0; min = ""; max = ""
      for (p in a) if (p in b && b[p] > 0) {
        r = a[p] / b[p]; n++; ratios[n] = r; av[n] = a[p]; bv[n] = b[p]
        if (min == "" || r < min) min = r
        if (max == "" || r > max) max = r
      }
      if (n == 0) { printf "%-12s %s: no measurement\n", name, what; exit }
      med = median(ratios, n)
      if (op == "none") goal = "no target"
      else goal = "target " (op == "ge" ? ">= " : "<= ") target " " ((op == "ge" ? med >= target : med <= target) ? "met" : "MISSED")
      printf "%-12s %s: ratio %.2f (min %.2f, max %.2f), %s; %s %.1f %s, %s %.1f %s (medians of %d pairs)\n",
        name, what, med, min, max, goal,
        al, median(av, n), unit, bl, median(bv, n), unit, n
      if (check != "") printf "%-12s   check: %s\n", "", check
    }' "$runs"
done <<<"$desc"
