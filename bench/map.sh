#!/usr/bin/env bash
# Public map benchmark (method and latest figures: docs/performance.md).
#
#   bench/map.sh
#
# With 10,000 synthetic venues in one district (中原区 410102): the OGC API items request a
# district map widget makes, a bbox around the district's center that holds about 500 venues,
# in GCJ-02 (高德/腾讯 base maps), under wrk (2 threads, 32 connections) against the platform's
# trivial health endpoint in the same run. Anonymous, like the public page. The same request again
# and again is what many widgets showing one district do (answered from the map's answer cache);
# a second run moves the box on every request (bench/map-moving-bbox.lua), so every answer is built.
source "$(dirname "$0")/lib.sh"
# Venues are spread evenly over the district's box (0.23° × 0.20°, 5 % margin inside): a box of
# 0.045° × 0.045° holds about 1/20 of them (about 500 of 10,000), wherever it lies in the district.
bbox=${BBOX:-113.5440,34.7580,113.5890,34.8030}

main() {
  ensure_wrk
  mkdir -p "$work"
  local app="$work/map" token import_ms body matched returned
  start_with_venues "$app"
  log "imported $rows venues in $import_ms ms"

  local items="http://127.0.0.1:$port/api/v1/public/t/$tenant/map/collections/venues/items?bbox=$bbox&crs=gcj02&limit=1000"
  local health="http://127.0.0.1:$port/api/v1/platform/health"
  body=$(curl -s -w '\n%{http_code} %{size_download}' "$items")
  matched=$(sed -n 's/.*"numberMatched":\([0-9]*\).*/\1/p' <<<"$body" | head -n 1)
  returned=$(grep -o '"type":"Feature"' <<<"$body" | wc -l)
  read -r code size < <(tail -n 1 <<<"$body")
  [ "$code" = 200 ] || { log "items answered $code: ${body:0:300}"; exit 1; }
  echo "items_matched=$matched items_returned=$returned items_bytes=$size"

  log "== queries at 32 connections, $rounds rounds of $duration each"
  compare "health|$health||" "map_bbox|$items||" "map_moving_bbox|$items||$root/bench/map-moving-bbox.lua"
  local pid; pid=$(pgrep -f "karaf.home=$app" | head -n 1)
  echo "rss_after_mib=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$pid"/status)"
}

main
