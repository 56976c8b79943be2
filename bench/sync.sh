#!/usr/bin/env bash
# Times a full `concord data sync` from the local files: wall time and peak memory, N runs (default 5).
# Usage: bash bench/sync.sh [N]   (DATA=dir overrides the data directory)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-5}"
db="$(mktemp -d)/bench.duckdb"
data="${DATA:-$here/../shared/data}"
"$here/concord" --db "$db" --data "$data" data sync >/dev/null 2>&1   # build the CLI and warm the file cache
for i in $(seq 1 "$n"); do
  /usr/bin/time -f "run $i: wall %e s, peak RSS %M KB" "$here/concord" --db "$db" --data "$data" data sync --rebuild 2>&1 >/dev/null | grep -E "^run|Built"
done
rm -rf "$(dirname "$db")"
