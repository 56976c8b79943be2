#!/usr/bin/env bash
# Whole-process start-up of the commands a researcher runs most, for two published CLIs side by side (runs
# alternate, so both see the same load): `--help`, `show`, `agree A B` and `agree --all --by year` on the full database.
#
# Usage: bash bench/startup.sh N BEFORE_DIR BEFORE_DB AFTER_DIR AFTER_DB
#   BEFORE_DIR / AFTER_DIR  folders holding a published CLI (artifacts/cli of each build, copied aside): a native
#                           `concord`, or a ReadyToRun `concord.dll` (run as `dotnet concord.dll`, as ./concord did then)
#   BEFORE_DB / AFTER_DB    each build's database of the full data folder (the schema may differ between builds)
# Prints one line per command and build: the median, min and max wall time of N runs (seconds), then the load average.
set -uo pipefail
N="${1:-11}"
BEFORE=("$2" "$3")
AFTER=("$4" "$5")
out="$(mktemp -d)"
run() { local dir="$1"; shift; if [ -f "$dir/concord.dll" ]; then dotnet "$dir/concord.dll" "$@"; else "$dir/concord" "$@"; fi; }
declare -A CASES=(
  [help]="--help"
  [show]="show S/2019/186"
  [agree_pair]="agree CHN RUS --from 2019 --to 2024"
  [agree_all]="agree --all --by year --format csv"
)
order=(help show agree_pair agree_all)
echo "load at start: $(uptime | sed 's/.*load average: //')"
for name in "${order[@]}"; do
  read -r -a args <<< "${CASES[$name]}"
  for k in $(seq 1 "$N"); do
    for side in before after; do
      if [ "$side" = before ]; then dir="${BEFORE[0]}"; db="${BEFORE[1]}"; else dir="${AFTER[0]}"; db="${AFTER[1]}"; fi
      s=$(date +%s.%N)
      run "$dir" --db "$db" "${args[@]}" > "$out/$side.out" 2> /dev/null
      e=$(date +%s.%N)
      echo "$e - $s" | bc >> "$out/$name.$side"
    done
  done
  for side in before after; do
    sort -n "$out/$name.$side" | awk -v n="$name" -v s="$side" '{a[NR]=$1} END {printf "%-10s %-6s median %.3f  min %.3f  max %.3f  (n=%d)\n", n, s, a[int((NR+1)/2)], a[1], a[NR], NR}'
  done
  cmp -s <(run "${BEFORE[0]}" --db "${BEFORE[1]}" "${args[@]}" 2>/dev/null) \
         <(run "${AFTER[0]}" --db "${AFTER[1]}" "${args[@]}" 2>/dev/null) \
    && echo "$name: outputs identical" || echo "$name: outputs differ"
done
echo "load at end: $(uptime | sed 's/.*load average: //')"
rm -rf "$out"
