#!/usr/bin/env bash
# Times the speeches: indexing the whole corpus (in process, N runs), all-pairs similarity per year (kernel and
# baseline), and each speech question as a whole CLI process (wall time and peak memory, N runs each).
# Usage: CONCORD_DB=/path/to/synced.duckdb bash bench/speeches.sh [N]   (DATA=dir overrides the data directory)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-3}"
db="${CONCORD_DB:?set CONCORD_DB to a database synced with the speeches}"
data="${DATA:-$here/../shared/data}"
uptime
dotnet run -c Release --project "$here/bench/Concord.Benchmarks" -- speeches "$data" "$db" "$n"
"$here/concord" say CHN RUS >/dev/null 2>&1   # build the CLI
for q in "say CHN RUS" "say-words CHN RUS" "speaks-like CHN --year 2024" "concepts CHN,RUS,USA" \
         "passages CHN --word hegemony" "words-votes --year 2022" "words-votes"; do
  for i in $(seq 1 "$n"); do
    # shellcheck disable=SC2086
    /usr/bin/time -f "$q (run $i): wall %e s, user %U s, peak RSS %M KB" "$here/concord" $q --format csv 2>&1 >/dev/null | grep -E "run $i"
  done
done
uptime
