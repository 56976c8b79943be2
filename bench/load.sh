#!/usr/bin/env bash
# Load test of `concord serve`: wrk, 64 connections for 30 s on each of the dashboard's heaviest endpoints, then one
# run over many different pairs and periods (most answers computed, not cached). Prints a Markdown table of
# p50/p99 latency, throughput, errors, and the server's resident memory before, during (peak) and after.
# Then the brief-isolation run: 32 connections for the same time, 29 asking the dashboard endpoints (cycled) and 3 (10%)
# asking for briefs of random pairs at the same moment; the dashboard's p99 must stay under 50 ms.
# The show run: 32 connections asking `show` for random Assembly symbols (A/RES/50-78/1-320), most never asked before
# (uncached) and some not on record (404).
# The varied run: 32 connections at once, each group a wrk of its own so that each is reported apart: 14 asking `show`
# for random symbols of both forums (about 2/3 not on record), 15 asking agree, diverge and sc for random pairs and
# years, and 3 asking for briefs of random pairs; most answers computed, not cached.
# Usage: bench/load.sh [seconds per run, default 30] [all|briefs|show|varied, default all]   (BRIEFS=0 with varied: no briefs)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-30}"
scenario="${2:-all}"
connections=64
threads=2
port=5089
host="http://127.0.0.1:$port"
db="${CONCORD_DB:-$here/artifacts/load/concord.duckdb}"
work="$(mktemp -d)"
if ! command -v wrk >/dev/null 2>&1; then
  as_root=""; [ "$(id -u)" -ne 0 ] && as_root="sudo -n"
  $as_root apt-get install -y -qq wrk >/dev/null 2>&1 || { $as_root apt-get update -qq && $as_root apt-get install -y -qq wrk; } >/dev/null
fi
mkdir -p "$(dirname "$db")"

# Build first (the `concord` script publishes when a source changed), so the wait below is only the start.
"$here/concord" --help >/dev/null
# The ideal points fitted once and kept beside the database (what a user's first `concord ideal` does), so that the
# first brief does not pay for the fit.
"$here/concord" --db "$db" ideal --states USA --from 2020 --to 2020 >/dev/null 2>&1 || true
# The server as a user starts it (Release, ahead-of-time compiled); the database is built first when missing.
"$here/concord" --db "$db" serve --urls "$host" 2>"$work/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  grep -q "Concord dashboard on" "$work/server.log" 2>/dev/null && break
  sleep 0.2
done
grep -q "Concord dashboard on" "$work/server.log" || { cat "$work/server.log" >&2; echo "server did not start" >&2; exit 1; }
# The process listening (the script's child is the `concord` shell script's exec of dotnet, so the same pid).
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }

endpoints=(
  "/api/agree?a=CHN&b=RUS&forum=ga&by=year"
  "/api/agree?a=CHN&b=RUS&forum=ga&by=all"
  "/api/diverge?a=CHN&b=RUS&forum=ga&top=15"
  "/api/sc?a=CHN&b=RUS"
  "/api/vetoes?by=CHN%2CRUS&joint=true"
)
for e in "${endpoints[@]}"; do curl -sf -o /dev/null "$host$e"; done
rss_before=$(rss)

# Pairs and periods drawn at random: each request a different question, so the engine computes most answers.
cat > "$work/varied.lua" <<'LUA'
local states = {"CHN","RUS","USA","GBR","FRA","DEU","IND","BRA","ZAF","JPN","IRN","CUB","ISR","EGY","TUR","PAK","IDN","NGA","MEX","ARG",
                "CAN","AUS","KOR","PRK","SAU","SYR","VEN","BLR","KAZ","UKR","POL","ITA","ESP","SWE","NOR","DZA","ETH","KEN","VNM","THA"}
math.randomseed(42)
request = function()
  local a = states[math.random(#states)]
  local b = states[math.random(#states)]
  while b == a do b = states[math.random(#states)] end
  local from = math.random(1992, 2015)
  local kinds = {"agree?forum=ga&by=year", "diverge?forum=ga&top=15", "sc?by=period"}
  local path = kinds[math.random(#kinds)]
  return wrk.format("GET", "/api/" .. path .. "&a=" .. a .. "&b=" .. b .. "&from=" .. from)
end
LUA

echo "| endpoint | requests/s | p50 ms | p99 ms | max ms | errors | RSS peak MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
run() {
  local label="$1"; shift
  local peak=0
  ( while kill -0 "$server" 2>/dev/null; do rss; sleep 1; done ) > "$work/rss.txt" &
  local sampler=$!
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" > "$work/wrk.txt"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/rss.txt" | tail -1)
  awk -v label="$label" -v peak="$peak" '
    function ms(v) { if (v ~ /us$/) return sprintf("%.2f", v / 1000); if (v ~ /ms$/) return sprintf("%.2f", v + 0); if (v ~ /s$/) return sprintf("%.0f", v * 1000); return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^ +Latency +[0-9]/ { max = ms($4) }
    /Requests\/sec/ { rps = sprintf("%.0f", $2) }
    /Non-2xx/ { non2xx = $5 } /Socket errors/ { sock = $4 + $6 + $8 + $10 }
    END { printf "| %s | %s | %s | %s | %s | %d | %s |\n", label, rps, p50, p99, max, non2xx + sock, peak }' "$work/wrk.txt"
}
if [ "$scenario" = all ]; then
  for e in "${endpoints[@]}"; do
    run "\`$e\`" "$host$e"
  done
  run "varied pairs and periods (agree by year, diverge, sc; Lua)" -s "$work/varied.lua" "$host"
fi

if [ "$scenario" = show ]; then
  cat > "$work/show.lua" <<'LUA'
math.randomseed(11)
request = function()
  return wrk.format("GET", "/api/show?symbol=A%2FRES%2F" .. math.random(50, 78) .. "%2F" .. math.random(1, 320))
end
LUA
  connections=32 run "uncached show, random symbols (some not on record; 32 connections)" -s "$work/show.lua" "$host"
  echo
  echo "RSS before: ${rss_before} MB; after: $(rss) MB. Machine: $(nproc) cores; load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  exit 0
fi

# One wrk's figures as a table row (its own connections' requests only).
report() {
  awk -v label="$1" -v peak="$3" '
    function ms(v) { if (v ~ /us$/) return sprintf("%.2f", v / 1000); if (v ~ /ms$/) return sprintf("%.2f", v + 0); if (v ~ /s$/) return sprintf("%.0f", v * 1000); return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^ +Latency +[0-9]/ { max = ms($4) }
    /Requests\/sec/ { rps = sprintf("%.0f", $2) }
    /Non-2xx/ { non2xx = $5 } /Socket errors/ { sock = $4 + $6 + $8 + $10 }
    END { printf "| %s | %s | %s | %s | %s | %d | %s |\n", label, rps, p50, p99, max, non2xx + sock, peak }' "$2"
}

if [ "$scenario" = varied ]; then
  cat > "$work/show-both.lua" <<'LUA'
math.randomseed(13)
request = function()
  local pick = math.random(4)
  local symbol
  if pick <= 2 then
    symbol = "A/RES/" .. math.random(40, 79) .. "/" .. math.random(1, 330)
  elseif pick == 3 then
    symbol = "S/RES/" .. math.random(1, 2760) .. "(" .. math.random(1946, 2025) .. ")"
  else
    symbol = "S/" .. math.random(1990, 2025) .. "/" .. math.random(1, 999)
  end
  return wrk.format("GET", "/api/show?symbol=" .. symbol:gsub("/", "%%2F"):gsub("%(", "%%28"):gsub("%)", "%%29"))
end
LUA
  cat > "$work/briefs-varied.lua" <<'LUA'
local states = {"CHN","RUS","USA","GBR","FRA","DEU","IND","BRA","ZAF","JPN","IRN","CUB","ISR","EGY","TUR","PAK","IDN","NGA","MEX","ARG"}
math.randomseed(17)
request = function()
  local a = states[math.random(#states)]
  local b = states[math.random(#states)]
  while b == a do b = states[math.random(#states)] end
  return wrk.format("GET", "/api/brief?a=" .. a .. "&b=" .. b .. "&from=" .. math.random(1992, 2015))
end
LUA
  ( while kill -0 "$server" 2>/dev/null; do rss; sleep 1; done ) > "$work/rss.txt" &
  sampler=$!
  # BRIEFS=0: no briefs, their three connections ask `show` too (the dashboard's questions alone at 32 connections).
  briefs="${BRIEFS:-3}"
  show_connections=$((14 + 3 - briefs))
  wrk -t1 -c"$show_connections" -d"${duration}s" --latency -s "$work/show-both.lua" "$host" > "$work/wrk-show.txt" &
  w1=$!
  wrk -t1 -c15 -d"${duration}s" --latency -s "$work/varied.lua" "$host" > "$work/wrk-pairs.txt" &
  w2=$!
  # A brief takes seconds: wrk's 2 s timeout would count every one as an error.
  if [ "$briefs" -gt 0 ]; then
    wrk -t1 -c"$briefs" -d"${duration}s" --timeout 60s --latency -s "$work/briefs-varied.lua" "$host" > "$work/wrk-briefs.txt" &
    w3=$!
  fi
  wait "$w1" "$w2" || true
  [ "$briefs" -gt 0 ] && { wait "$w3" || true; }
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$work/rss.txt" | tail -1)
  report "show, random symbols of both forums (about 2/3 not on record; $show_connections connections)" "$work/wrk-show.txt" "$peak"
  report "agree/diverge/sc, random pairs and years (15 connections)" "$work/wrk-pairs.txt" "$peak"
  [ "$briefs" -gt 0 ] && report "briefs of random pairs ($briefs connections; 503 when the brief queue is full)" "$work/wrk-briefs.txt" "$peak"
  echo
  echo "RSS before: ${rss_before} MB; after: $(rss) MB. Machine: $(nproc) cores; load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  exit 0
fi

# Brief isolation: the dashboard endpoints in turn on 29 connections while 3 connections (10%) ask for briefs of random
# pairs (each a new brief until the kept ones cover them). Both wrk runs start together; each is reported on its own.
cat > "$work/dashboard.lua" <<'LUA'
local paths = {"/api/agree?a=CHN&b=RUS&forum=ga&by=year", "/api/agree?a=CHN&b=RUS&forum=ga&by=all", "/api/diverge?a=CHN&b=RUS&forum=ga&top=15",
               "/api/sc?a=CHN&b=RUS", "/api/vetoes?by=CHN%2CRUS&joint=true", "/api/show?symbol=A/RES/68/262", "/api/status"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
cat > "$work/briefs.lua" <<'LUA'
local states = {"CHN","RUS","USA","GBR","FRA","DEU","IND","BRA","ZAF","JPN","IRN","CUB","ISR","EGY","TUR","PAK","IDN","NGA","MEX","ARG"}
math.randomseed(7)
request = function()
  local a = states[math.random(#states)]
  local b = states[math.random(#states)]
  while b == a do b = states[math.random(#states)] end
  return wrk.format("GET", "/api/brief?a=" .. a .. "&b=" .. b .. "&from=" .. math.random(1992, 2015))
end
LUA
wrk -t1 -c3 -d"${duration}s" --latency -s "$work/briefs.lua" "$host" > "$work/wrk-briefs.txt" &
briefs=$!
connections=29 threads=1 run "dashboard endpoints with 10% brief connections (29 + 3 connections)" -s "$work/dashboard.lua" "$host"
wait "$briefs" || true
cp "$work/wrk.txt" "$work/wrk-dashboard.txt"
cp "$work/wrk-briefs.txt" "$work/wrk.txt"
run_report() {
  awk -v label="$1" '
    function ms(v) { if (v ~ /us$/) return sprintf("%.2f", v / 1000); if (v ~ /ms$/) return sprintf("%.2f", v + 0); if (v ~ /s$/) return sprintf("%.0f", v * 1000); return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^ +Latency +[0-9]/ { max = ms($4) }
    /Requests\/sec/ { rps = sprintf("%.2f", $2) } /requests in/ { n = $1 }
    /Non-2xx/ { non2xx = $5 } /Socket errors/ { sock = $4 + $6 + $8 + $10 }
    END { printf "| %s | %s (%s requests) | %s | %s | %s | %d non-2xx (503 when the brief queue is full) |  |\n", label, rps, n, p50, p99, max, non2xx + sock }' "$work/wrk.txt"
}
run_report "briefs on the other 3 connections"
sleep 2
echo
echo "RSS before: ${rss_before} MB; after: $(rss) MB. Machine: $(nproc) cores; load average before the last run: $(cut -d' ' -f1-3 /proc/loadavg)."
