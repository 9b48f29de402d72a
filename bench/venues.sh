#!/usr/bin/env bash
# Venues benchmarks (method and latest figures: docs/performance.md).
#
#   bench/venues.sh                 (IMPORT_ONLY=1: stop after the import)
#
# With 10,000 synthetic venues in one district (中原区 410102): import rate of the 10,000-row CSV,
# then list-page and nearest-20 queries under wrk (2 threads, 32 connections) against the
# platform's trivial health endpoint in the same run: as every user of the district asks them
# (answers kept while the venues do not change), and with Cache-Control: no-cache (built anew
# from the database every time).
source "$(dirname "$0")/lib.sh"

main() {
  ensure_wrk
  mkdir -p "$work"
  local app="$work/venues" token import_ms
  start_with_venues "$app"
  echo "import_rows=$rows import_ms=$import_ms"
  echo "import_rows_per_s=$(awk -v r="$rows" -v m="$import_ms" 'BEGIN {printf "%.0f", r * 1000 / m}')"
  # IMPORT_ONLY=1: the import alone (the spreadsheet pipeline's rate, see docs/performance.md).
  if [ -n "${IMPORT_ONLY:-}" ]; then return; fi

  log "== queries at 32 connections, $rounds rounds of $duration each"
  local api="http://127.0.0.1:$port/api/v1"
  local list="$api/t/$tenant/venues?size=20&type=JUSTICE_OFFICE&page=3"
  local nearest="$api/t/$tenant/venues/nearest?lon=113.58&lat=34.78&n=20"
  compare "health|$api/platform/health||" "list|$list|$token|" "nearest|$nearest|$token|" \
    "list_built|$list|$token|$root/bench/no-cache.lua" "nearest_built|$nearest|$token|$root/bench/no-cache.lua"
  local pid; pid=$(pgrep -f "karaf.home=$app" | head -n 1)
  echo "rss_after_mib=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$pid"/status)"
}

main
