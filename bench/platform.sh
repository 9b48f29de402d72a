#!/usr/bin/env bash
# Platform benchmarks (method and latest figures: docs/performance.md).
#
#   bench/platform.sh            all three: cold start, hot deploy, throughput
#   bench/platform.sh coldstart|hotdeploy|throughput
#
# Needs a built tree (`mvn -B install`), wrk (installed from Debian when missing) and openssl.
# Everything runs on 127.0.0.1 in copies of the distribution under bench/target/; figures are
# reported as ratios against a baseline measured in the same run.
source "$(dirname "$0")/lib.sh"
runs=${RUNS:-5}
cycles=${CYCLES:-10}

coldstart() {
  log "== cold start: bin/start to first answer, median of $runs"
  local app="$work/coldstart-app" base="$work/coldstart-baseline" a=() b=() token
  for i in $(seq 1 "$runs"); do
    fresh_copy "$base" "justice-runtime"
    b+=("$(time_to_answer "$base" "http://127.0.0.1:$port/" "200 302 404")")
    stop_karaf "$base"
    fresh_copy "$app"
    token=$("$app/bin/demo-token" --roles GRID_WORKER --tenants 410102)
    a+=("$(time_to_answer "$app" "http://127.0.0.1:$port/api/v1/t/410102/menu" "200" "$token")")
    stop_karaf "$app"
    log "   run $i: baseline ${b[-1]} ms, smart justice ${a[-1]} ms"
  done
  local ma mb
  ma=$(printf '%s\n' "${a[@]}" | median); mb=$(printf '%s\n' "${b[@]}" | median)
  echo "coldstart_baseline_ms=$mb"
  echo "coldstart_menu_ms=$ma"
  echo "coldstart_ratio=$(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')"
}

hotdeploy() {
  log "== hot deploy: feature:install to first 200 from the module, median of $cycles cycles"
  [ -f "$sample_features" ] || { log "missing $sample_features: run mvn -B install first"; return 1; }
  local app="$work/hotdeploy" token t=() start code
  fresh_copy "$app"
  token=$("$app/bin/demo-token" --roles GRID_WORKER --tenants 410102)
  time_to_answer "$app" "http://127.0.0.1:$port/api/v1/t/410102/menu" "200" "$token" >/dev/null
  until shell "feature:repo-add file:$sample_features" >/dev/null 2>&1; do sleep 0.5; done
  for i in $(seq 1 "$cycles"); do
    start=$(now_ms)
    shell "feature:install justice-sample" >/dev/null
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/v1/t/410102/sample/notes")" = 200 ]; do sleep 0.02; done
    t+=($(( $(now_ms) - start )))
    shell "feature:uninstall justice-sample" >/dev/null
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/v1/t/410102/sample/notes")" = 404 ]; do sleep 0.02; done
    log "   cycle $i: ${t[-1]} ms"
  done
  stop_karaf "$app"
  echo "hotdeploy_median_ms=$(printf '%s\n' "${t[@]}" | median)"
}

throughput() {
  ensure_wrk
  log "== throughput: wrk -t2 -c32 -d$duration, menu against the trivial health endpoint"
  local app="$work/throughput" token pid
  fresh_copy "$app"
  token=$("$app/bin/demo-token" --roles DISTRICT_ADMIN --tenants 410102 --ttl 7200)
  time_to_answer "$app" "http://127.0.0.1:$port/api/v1/t/410102/menu" "200" "$token" >/dev/null
  compare "health|http://127.0.0.1:$port/api/v1/platform/health||" \
    "menu|http://127.0.0.1:$port/api/v1/t/410102/menu|$token|"
  pid=$(pgrep -f "karaf.home=$app" | head -n 1)
  echo "rss_after_mib=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$pid"/status)"
  stop_karaf "$app"
}

mkdir -p "$work"
case "${1:-all}" in
  coldstart) coldstart ;;
  hotdeploy) hotdeploy ;;
  throughput) throughput ;;
  all) coldstart; hotdeploy; throughput ;;
  *) log "usage: $0 [coldstart|hotdeploy|throughput]"; exit 2 ;;
esac
