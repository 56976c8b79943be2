#!/usr/bin/env bash
# Whole-process benchmark: the peers of /work/shared/bench-peers (DuckDB SQL, data.table tuned, data.table 2 threads,
# pandas, dplyr) and Concord on the same input (the three unvotes files), each N times under /usr/bin/time -v
# (wall time, peak RSS); then Concord's output is checked against the DuckDB peer's (bench/verify_concord.py),
# Concord is timed on the full database (every source, GA 1946-2026) and at 1/4, 1/2 and all of the decisions.
#
# Usage: bash bench/peers.sh [N]          (N runs per case, default 3; run nothing else heavy meanwhile)
# Environment:
#   PEERS="duckdb datatable_tuned datatable_2thr pandas dplyr"   which peers, in this order
#   OUT=dir      logs and summary (default bench/results/raw-YYYY-MM-DD); small files only
#   WORK=dir     databases and result CSVs (default a new temp dir; about 200 MB)
#   DATA=dir     the unvotes files (default /work/shared/data/ga/unvotes_cran_0.3.0)
#   FULL_DATA=dir  every source, for the full database (default /work/shared/data)
#   CONCORD_LAUNCHER=1  time ./concord itself instead of a snapshot of the CLI it builds (see below)
# Concord is built first (./concord builds it when a source is newer than the last build), then the published
# CLI is copied aside and timed as `concord-cli/concord ...`: exactly what ./concord execs, minus its `find`
# staleness check, and immune to a rebuild started by someone editing src/ during the run.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-3}"
PEERS_DIR="${PEERS_DIR:-/work/shared/bench-peers}"
DATA="${DATA:-/work/shared/data/ga/unvotes_cran_0.3.0}"
FULL_DATA="${FULL_DATA:-/work/shared/data}"
read -r -a PEERS <<< "${PEERS:-duckdb datatable_tuned datatable_2thr pandas dplyr}"
OUT="${OUT:-$ROOT/bench/results/raw-$(date +%F)}"
WORK="${WORK:-$(mktemp -d /tmp/concord-peers.XXXXXX)}"
LOGS="$OUT/logs"
mkdir -p "$LOGS" "$WORK/out"
LOADS="$OUT/loads.txt"
echo "logs in $OUT, data and outputs in $WORK"

section() {
  local line
  line="[$(date +%T)] == $1 == load: $(uptime | sed 's/.*load average: //')"
  echo "$line"; echo "$line" >> "$LOADS"
}

# timed LABEL K STDOUT_FILE CMD...: one run under /usr/bin/time -v; stdout to STDOUT_FILE, stderr to the log.
timed() {
  local label="$1" k="$2" stdout="$3"; shift 3
  echo "[$(date +%T)] $label run $k: $*"
  if ! timeout 900 /usr/bin/time -v -o "$LOGS/${label}_${k}.time" "$@" > "$stdout" 2> "$LOGS/${label}_${k}.err"; then
    echo "  FAILED (see $LOGS/${label}_${k}.err)"; return 1
  fi
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$LOGS/${label}_${k}.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$LOGS/${label}_${k}.time")
  echo "  wall $wall  peak RSS $((rss / 1024)) MB  $(grep -hE '^(step|total|timing)' "$stdout" "$LOGS/${label}_${k}.err" 2>/dev/null | tr '\n' ' ')"
}

# ---------------------------------------------------------------- machine and builds (not timed)
section "machine"
{
  echo "date: $(date -Is)"; echo "nproc: $(nproc)"; lscpu | head -20; free -m | head -2
  echo "dotnet: $(dotnet --version)"; echo "R: $(R --version | head -1)"
  echo "data.table/dplyr: $(Rscript -e 'cat(as.character(packageVersion("data.table")), as.character(packageVersion("dplyr")))')"
  echo "pandas/numpy: $(/usr/bin/python3 -c 'import pandas, numpy; print(pandas.__version__, numpy.__version__)')"
  echo "concord commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null) (modified files under src/: $(git -C "$ROOT" status --porcelain -- src 2>/dev/null | wc -l))"
} | tee "$OUT/machine.txt"

section "builds"
# duckrun is built from a copy of its source: the peers folder is read-only.
mkdir -p "$WORK/duckrun-src"
cp "$PEERS_DIR/duckrun/Program.cs" "$PEERS_DIR/duckrun/duckrun.csproj" "$WORK/duckrun-src/"
dotnet build "$WORK/duckrun-src/duckrun.csproj" -c Release -nologo -v q -o "$WORK/duckrun-bin" > "$LOGS/build-duckrun.log" 2>&1 \
  || { echo "duckrun build failed"; exit 1; }
DUCKRUN="$WORK/duckrun-bin/duckrun"
(cd "$ROOT" && ./concord --help > /dev/null) || { echo "concord build failed"; exit 1; }
if [ "${CONCORD_LAUNCHER:-0}" = 1 ]; then
  CONCORD=("$ROOT/concord")
else
  cp -r "$ROOT/artifacts/cli" "$WORK/concord-cli"
  CONCORD=("$WORK/concord-cli/concord")
fi
echo "concord command: ${CONCORD[*]}" | tee -a "$OUT/machine.txt"

# ---------------------------------------------------------------- peers
peer_cmd() {
  case "$1" in
    duckdb)          echo "$DUCKRUN a_duckdb.sql DATA=$DATA OUT=$WORK/out/a_duckdb.csv" ;;
    datatable)       echo "Rscript a_datatable.R $DATA $WORK/out/a_datatable.csv" ;;
    datatable_2thr)  echo "env R_DATATABLE_NUM_THREADS=2 Rscript a_datatable.R $DATA $WORK/out/a_datatable_2thr.csv" ;;
    datatable_tuned) echo "Rscript a_datatable_tuned.R $DATA $WORK/out/a_datatable_tuned.csv" ;;
    dplyr)           echo "Rscript a_dplyr.R $DATA $WORK/out/a_dplyr.csv" ;;
    pandas)          echo "/usr/bin/python3 a_pandas.py $DATA $WORK/out/a_pandas.csv" ;;
    *) echo "unknown peer $1" >&2; return 2 ;;
  esac
}
for p in "${PEERS[@]}"; do
  section "peer $p"
  c="$(peer_cmd "$p")" || exit 2
  for k in $(seq 1 "$N"); do
    # shellcheck disable=SC2086  # the command is a word list
    (cd "$PEERS_DIR" && timed "peer_$p" "$k" "$LOGS/peer_${p}_${k}.out" $c)
  done
done
if [ "${#PEERS[@]}" -gt 1 ] && [ -f "$WORK/out/a_duckdb.csv" ]; then
  others=(); for p in "${PEERS[@]}"; do [ "$p" = duckdb ] || others+=("$WORK/out/a_$p.csv"); done
  (cd "$PEERS_DIR" && /usr/bin/python3 verify.py "$WORK/out/a_duckdb.csv" "${others[@]}") > "$OUT/verify_peers.txt" 2>&1
  tail -n +1 "$OUT/verify_peers.txt"
fi

# ---------------------------------------------------------------- Concord on the same input
section "concord (unvotes files only)"
UNV="$WORK/unvotes-data/ga/unvotes_cran_0.3.0"
mkdir -p "$UNV"
cp "$DATA/un_votes.csv.gz" "$DATA/un_roll_calls.csv" "$DATA/un_roll_call_issues.csv" "$UNV/"
DB="$WORK/unvotes.duckdb"
for k in $(seq 1 "$N"); do
  rm -f "$DB"
  # --allow-missing: this folder holds the unvotes files alone, on purpose (the sync refuses a folder missing sources).
  timed concord_sync_unvotes "$k" "$LOGS/concord_sync_unvotes_${k}.out" "${CONCORD[@]}" --db "$DB" --data "$WORK/unvotes-data" data sync --allow-missing --rebuild
done
export CONCORD_TIMING=1
for k in $(seq 1 "$N"); do
  timed concord_agree "$k" "$WORK/out/concord.csv" "${CONCORD[@]}" --db "$DB" agree --all --by year --format csv --min-n 1
done

section "verify Concord against the DuckDB peer"
if [ -f "$WORK/out/a_duckdb.csv" ]; then
  /usr/bin/python3 "$ROOT/bench/verify_concord.py" "$WORK/out/concord.csv" "$WORK/out/a_duckdb.csv" "$DATA" > "$OUT/verify_concord.txt" 2>&1
  echo "verify_concord exit $?"; grep -E '^(MATCHED|SUMMARY|RESULT)' "$OUT/verify_concord.txt"
else
  echo "no DuckDB peer output to compare with" | tee "$OUT/verify_concord.txt"
fi

# ---------------------------------------------------------------- Concord on the full database
section "concord (full database, every source)"
FULL_DB="$WORK/full.duckdb"
rm -f "$FULL_DB"
timed concord_sync_full 1 "$LOGS/concord_sync_full_1.out" "${CONCORD[@]}" --db "$FULL_DB" --data "$FULL_DATA" data sync --rebuild
for k in $(seq 1 "$N"); do
  timed concord_agree_full "$k" "$WORK/out/concord_full.csv" "${CONCORD[@]}" --db "$FULL_DB" agree --all --by year --format csv --min-n 1
done
echo "full database: $(($(wc -l < "$WORK/out/concord_full.csv") - 1)) output rows, years $(cut -d, -f1 "$WORK/out/concord_full.csv" | sed -n '2p;$p' | tr '\n' ' ')" | tee "$OUT/full_rows.txt"

# ---------------------------------------------------------------- scaling: 1/4, 1/2, all of the decisions
section "concord scaling (unvotes database, --to years cutting the decisions in quarters)"
read -r Y25 D25 Y50 D50 DALL < <(/usr/bin/python3 - "$DATA/un_roll_calls.csv" <<'EOF'
import csv, sys
from collections import Counter
years = Counter(int(r["date"][:4]) for r in csv.DictReader(open(sys.argv[1], newline="")))
total, cum, out = sum(years.values()), 0, {}
best = {0.25: None, 0.5: None}
for y in sorted(years):
    cum += years[y]
    for f in best:
        if best[f] is None or abs(cum - f * total) < abs(best[f][1] - f * total):
            best[f] = (y, cum)
print(best[0.25][0], best[0.25][1], best[0.5][0], best[0.5][1], total)
EOF
)
echo "1/4: --to $Y25 ($D25 decisions), 1/2: --to $Y50 ($D50), all: $DALL" | tee "$OUT/scaling_years.txt"
for case in "q1:$Y25:$D25" "q2:$Y50:$D50" "all::$DALL"; do
  IFS=: read -r name year decisions <<< "$case"
  to=(); [ -n "$year" ] && to=(--to "$year")
  for k in $(seq 1 "$N"); do
    timed "concord_scale_${name}" "$k" "$WORK/out/concord_scale_${name}.csv" "${CONCORD[@]}" --db "$DB" agree --all --by year --format csv --min-n 1 "${to[@]}"
  done
  echo "$name ${year:-all} $decisions $(($(wc -l < "$WORK/out/concord_scale_${name}.csv") - 1))" >> "$OUT/scaling_years.txt"
done
unset CONCORD_TIMING

# ---------------------------------------------------------------- summary
section "done"
/usr/bin/python3 - "$LOGS" "$OUT" <<'EOF' | tee "$OUT/summary.md"
import glob, os, re, statistics, sys
logs, out = sys.argv[1], sys.argv[2]

def parse(path):
    text = open(path).read()
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    parts = [float(x) for x in m.group(1).split(":")]
    wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return wall, rss

runs = {}
for path in sorted(glob.glob(os.path.join(logs, "*.time"))):
    label, k = os.path.basename(path)[:-5].rsplit("_", 1)
    try:
        runs.setdefault(label, []).append(parse(path))
    except (AttributeError, ValueError):
        pass

def steps(label):
    """Median of each 'step X s' / 'timing: X N ms' line over the runs."""
    acc = {}
    for path in sorted(glob.glob(os.path.join(logs, "*"))):
        if not re.fullmatch(re.escape(label) + r"_\d+\.(out|err)", os.path.basename(path)):
            continue
        for line in open(path, errors="replace"):
            m = re.match(r"step (\S+) ([\d.]+)", line) or re.match(r"timing: (.+?) (\d+) ms", line)
            if m:
                v = float(m.group(2)) / (1000 if line.startswith("timing") else 1)
                acc.setdefault(m.group(1), []).append(v)
    return " / ".join(f"{k} {statistics.median(v):.2f}" for k, v in acc.items())

def med(label):
    r = runs.get(label)
    return (statistics.median(w for w, _ in r), statistics.median(m for _, m in r), len(r)) if r else None

concord = med("concord_agree")
print("## Whole process, same input (unvotes files), median of runs\n")
print("| program | runs | median wall s | min–max s | peak RSS MB (median) | × Concord wall | steps (median s) |")
print("|---|---|---|---|---|---|---|")
names = {"peer_duckdb": "DuckDB SQL", "peer_datatable_tuned": "data.table tuned", "peer_datatable_2thr": "data.table (2 threads)",
         "peer_datatable": "data.table", "peer_pandas": "pandas", "peer_dplyr": "dplyr",
         "concord_agree": "Concord `agree --all` (prebuilt db)", "concord_sync_unvotes": "Concord `data sync` (unvotes files → db)"}
order = [l for l in runs if l.startswith("peer_")] + ["concord_sync_unvotes", "concord_agree"]
for label in order:
    m = med(label)
    if not m:
        continue
    ws = [w for w, _ in runs[label]]
    ratio = f"{m[0] / concord[0]:.1f}" if concord else "–"
    print(f"| {names.get(label, label)} | {m[2]} | {m[0]:.2f} | {min(ws):.2f}–{max(ws):.2f} | {m[1]:.0f} | {ratio} | {steps(label)} |")
if concord and med("concord_sync_unvotes"):
    s = med("concord_sync_unvotes")
    print(f"\nConcord from the CSV files, sync + agree: {s[0] + concord[0]:.2f} s "
          + ", ".join(f"({names[l]}: ×{med(l)[0] / (s[0] + concord[0]):.1f})" for l in order if l.startswith("peer_") and med(l)))

print("\n## Concord on the full database (every source, GA 1946–2026)\n")
print("| step | runs | median wall s | peak RSS MB | steps |")
print("|---|---|---|---|---|")
for label in ("concord_sync_full", "concord_agree_full"):
    m = med(label)
    if m:
        print(f"| {label} | {m[2]} | {m[0]:.2f} | {m[1]:.0f} | {steps(label)} |")

p = os.path.join(out, "full_rows.txt")
if os.path.exists(p):
    print("\n" + open(p).read().strip())

print("\n## Concord scaling (unvotes database, whole process)\n")
print("| share | --to | decisions | output rows | median wall s | peak RSS MB | steps |")
print("|---|---|---|---|---|---|---|")
scal = {}
p = os.path.join(out, "scaling_years.txt")
if os.path.exists(p):
    for line in open(p):
        f = line.split()
        if len(f) == 4:
            scal[f[0]] = f[1:]
for name, share in (("q1", "1/4"), ("q2", "1/2"), ("all", "all")):
    m = med(f"concord_scale_{name}")
    if m and name in scal:
        year, decisions, rows = scal[name]
        print(f"| {share} | {year} | {decisions} | {rows} | {m[0]:.2f} | {m[1]:.0f} | {steps(f'concord_scale_{name}')} |")
EOF
echo "summary: $OUT/summary.md"
