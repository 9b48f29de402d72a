#!/usr/bin/env bash
# Memory benchmark (method and figures: docs/performance.md, "Memory").
#
#   bench/memory.sh
#
# The shipped heap bound (bin/setenv) against Karaf's defaults (no bound of ours: the JVM may take a
# quarter of the machine), as two copies side by side, each with 10,000 synthetic venues in 中原区:
# the map's bbox (kept and built answers) and the venue list are measured against each copy's own
# trivial health endpoint, in the same interleaved rounds, so that the machine's load hits both
# copies alike; then the resident set of each JVM.
source "$(dirname "$0")/lib.sh"
bbox=${BBOX:-113.5440,34.7580,113.5890,34.8030}
csv="$work/venues-$rows.csv"
bounded="$work/memory-bounded"
unbounded="$work/memory-unbounded"

# $1 copy, $2 HTTP port, $3 SSH port, $4 and $5 RMI ports, $6 "unbounded" for Karaf's defaults.
start_copy() {
  local dir=$1 token
  port=$2 ssh_port=$3 HEAP=$6
  fresh_copy "$dir"
  sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = $4/; s/^rmiServerPort = .*/rmiServerPort = $5/" \
    "$dir/etc/org.apache.karaf.management.cfg"
  sed -i 's/^enabled = .*/enabled = false/' "$dir/etc/org.smartjustice.venues.demo.cfg"
  token=$("$dir/bin/demo-token" --roles DISTRICT_ADMIN --tenants "$tenant" --ttl 7200)
  time_to_answer "$dir" "http://127.0.0.1:$port/api/v1/t/$tenant/venues?size=1" "200" "$token" >/dev/null
  log "== import of $rows rows into $dir: $(import_venues "$token" "$tenant" "$csv") ms"
  echo "$token"
}

rss() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$(pgrep -f "karaf.home=$1" | head -n 1)"/status; }

main() {
  ensure_wrk
  mkdir -p "$work"
  trap "stop_karaf '$bounded'; stop_karaf '$unbounded'" EXIT
  venues_csv "$rows" "$tenant" > "$csv"
  local token_b token_u
  token_b=$(start_copy "$bounded" 18181 18101 11099 44445 bounded)
  token_u=$(start_copy "$unbounded" 18182 18102 11098 44446 unbounded)
  local specs=() name p token
  for name in bounded unbounded; do
    if [ "$name" = bounded ]; then p=18181; token=$token_b; else p=18182; token=$token_u; fi
    local api="http://127.0.0.1:$p/api/v1"
    local items="$api/public/t/$tenant/map/collections/venues/items?bbox=$bbox&crs=gcj02&limit=1000"
    specs+=("health_$name|$api/platform/health||" "map_bbox_$name|$items||"
      "map_moving_bbox_$name|$items||$root/bench/map-moving-bbox.lua"
      "list_$name|$api/t/$tenant/venues?size=20&type=JUSTICE_OFFICE&page=3|$token|")
  done
  log "== queries at 32 connections, $rounds rounds of $duration each, both copies interleaved"
  # compare() gives each ratio against the first spec (the bounded copy's health); each copy's own
  # ratio is that divided by its health's.
  compare "${specs[@]}" | tee "$work/memory-compare.txt"
  awk '{ for (i = 1; i <= NF; i++) if ($i ~ /_to_health_bounded=/) { split($i, kv, "="); r[kv[1]] = kv[2] } }
    END { for (k in r) { n = k; sub(/_to_health_bounded$/, "", n); copy = (n ~ /_unbounded$/) ? "unbounded" : "bounded";
      h = r["health_" copy "_to_health_bounded"]; if (n !~ /^health_/) printf "%s_to_own_health=%.2f\n", n, r[k] / h } }' \
    "$work/memory-compare.txt" | sort
  echo "rss_after_mib_bounded=$(rss "$bounded") rss_after_mib_unbounded=$(rss "$unbounded")"
  grep -o -- '-Xmx[^ ]*' <<<"$(ps -o args= -p "$(pgrep -f "karaf.home=$bounded" | head -n 1)")" | sed 's/^/bounded_heap=/'
}

main
