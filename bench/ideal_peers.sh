#!/usr/bin/env bash
# Ideal points: Concord's full 1946-2026 fit, and Concord against the MCMC tools a researcher can install here
# (pscl::ideal; MCMCpack::MCMCordfactanal from Debian's r-cran-mcmcpack) on one General Assembly session both can fit.
#
# Usage: bash bench/ideal_peers.sh [YEAR] [RUNS]   (YEAR: the session that opened that year, default 2015; RUNS default 3)
# Environment: CONCORD_BENCH_DB=file.duckdb (default: a database the benchmark program builds from ../shared/data),
#              OUT=dir (default bench/results/ideal-YYYY-MM-DD).
# Run nothing else heavy meanwhile; the load average is recorded beside each figure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YEAR="${1:-2015}"
RUNS="${2:-3}"
OUT="${OUT:-$ROOT/bench/results/ideal-$(date +%F)}"
mkdir -p "$OUT"
dotnet build "$ROOT/bench/Concord.Benchmarks" -c Release -nologo -v q -clp:NoSummary >&2
BENCH="$ROOT/bench/Concord.Benchmarks/bin/Release/net10.0/Concord.Benchmarks.dll"
{
  echo "# $(date -u +%FT%TZ) on $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet "$BENCH" ideal-full "$RUNS"
  echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet "$BENCH" ideal-session "$YEAR" "$OUT/session-$YEAR.csv" 5
  echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"
  Rscript "$ROOT/bench/ideal_peers.R" "$OUT/session-$YEAR.csv" "$OUT/session-$YEAR.concord.csv"
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
rm -f "$OUT/session-$YEAR.csv" "$OUT/session-$YEAR.concord.csv"
