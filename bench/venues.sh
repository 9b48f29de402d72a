#!/usr/bin/env bash
# Venues benchmarks (method and latest figures: docs/performance.md).
#
#   bench/venues.sh
#
# With 10,000 synthetic venues in one district (中原区 410102): import rate of the 10,000-row CSV,
# then list-page and nearest-20 queries under wrk (2 threads, 32 connections) against the
# platform's trivial health endpoint in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/bench/target"
source "$root/bench/lib.sh"
rows=${ROWS:-10000}
tenant=410102

# 10,000 rows in the import layout: types that need no credit code, real street codes of the
# district, points inside its box (113.45–113.68, 34.68–34.88), names marked synthetic.
generate_csv() {
  local streets="$root/bundles/venues/src/main/resources/geo/zhengzhou-streets.csv"
  awk -F, -v n="$rows" -v t="$tenant" 'BEGIN { srand(42) }
    NR > 1 && $3 == t { s[k++] = $1 }
    END {
      split("司法所,调解组织,法治文化场所,政府立法基层联系点", types, ",")
      print "类型,名称,地址,乡镇街道代码,经度,纬度,机构电话,服务项目"
      for (i = 1; i <= n; i++) {
        printf "%s,基准阵地%05d（合成数据）,郑州市中原区基准路%d号,%s,%.6f,%.6f,0371-6%06d,法律咨询、人民调解\n",
          types[(i % 4) + 1], i, i, s[i % k], 113.47 + rand() * 0.19, 34.70 + rand() * 0.16, i
      }
    }' "$streets"
}

main() {
  ensure_wrk
  mkdir -p "$work"
  local app="$work/venues" token csv start job state ms
  fresh_copy "$app"
  sed -i 's/^enabled = .*/enabled = false/' "$app/etc/org.smartjustice.venues.demo.cfg"
  token=$("$app/bin/demo-token" --roles DISTRICT_ADMIN --tenants "$tenant" --ttl 7200)
  time_to_answer "$app" "http://127.0.0.1:$port/api/v1/t/$tenant/venues?size=1" "200" "$token" >/dev/null
  csv="$work/venues-$rows.csv"
  generate_csv > "$csv"

  log "== import of $rows rows"
  start=$(now_ms)
  job=$(curl -s -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary "@$csv" \
    "http://127.0.0.1:$port/api/v1/t/$tenant/venues/imports")
  local id; id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$job" | head -n 1)
  [ -n "$id" ] || { log "import did not start a job: ${job:0:300}"; exit 1; }
  while true; do
    state=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/t/$tenant/venues/imports/$id")
    case "$state" in *'"state":"DONE"'*|*'"state":"FAILED"'*) break ;; esac
    sleep 0.2
  done
  ms=$(( $(now_ms) - start ))
  local accepted; accepted=$(sed -n 's/.*"accepted":\([0-9]*\).*/\1/p' <<<"$state" | head -n 1)
  echo "import_rows=$rows import_accepted=$accepted import_ms=$ms"
  echo "import_rows_per_s=$(awk -v r="$rows" -v m="$ms" 'BEGIN {printf "%.0f", r * 1000 / m}')"

  log "== queries at 32 connections, $duration each"
  local list="http://127.0.0.1:$port/api/v1/t/$tenant/venues?size=20&type=JUSTICE_OFFICE&page=3"
  local near="http://127.0.0.1:$port/api/v1/t/$tenant/venues/nearest?lon=113.58&lat=34.78&n=20"
  local health="http://127.0.0.1:$port/api/v1/platform/health"
  for url in "$health" "$list" "$near"; do wrk -t2 -c32 -d10s -H "Authorization: Bearer $token" "$url" >/dev/null; done
  read -r h_rps h_p99 h_err < <(wrk_run "$health" "")
  read -r l_rps l_p99 l_err < <(wrk_run "$list" "$token")
  read -r n_rps n_p99 n_err < <(wrk_run "$near" "$token")
  echo "health_rps=$h_rps health_p99=$h_p99 health_non2xx=$h_err"
  echo "list_rps=$l_rps list_p99=$l_p99 list_non2xx=$l_err list_to_health=$(awk -v a="$l_rps" -v b="$h_rps" 'BEGIN {printf "%.2f", a/b}')"
  echo "nearest_rps=$n_rps nearest_p99=$n_p99 nearest_non2xx=$n_err nearest_to_health=$(awk -v a="$n_rps" -v b="$h_rps" 'BEGIN {printf "%.2f", a/b}')"
  local pid; pid=$(pgrep -f "karaf.home=$app" | head -n 1)
  echo "rss_after_mib=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$pid"/status)"
  stop_karaf "$app"
}

main
