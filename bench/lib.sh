#!/usr/bin/env bash
# Shared by the benchmark scripts: copies of the distribution on benchmark ports, timing, wrk.
# Sourcing it moves to the repository's root (root) and sets the scratch folder (work).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work="$root/bench/target"
dist_tar=$(ls "$root"/karaf-assembly/target/justice-karaf-*.tar.gz | head -n 1)
sample_features="$root/itests/target/test-classes/sample-features.xml"
port=${PORT:-18181}
ssh_port=${SSH_PORT:-18101}
duration=${DURATION:-15s}
rounds=${ROUNDS:-3}
# Warm-up per endpoint before the rounds: on 2 cores under load, C2 needs well over 10 s to
# compile the deep request paths, and a colder endpoint would be measured slower than it is.
warmup=${WARMUP:-30s}

log() { printf '%s\n' "$*" >&2; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# A fresh copy of the distribution in $1, on the benchmark ports; $2 = boot features to replace justice-all.
fresh_copy() {
  local dir=$1 boot=${2:-}
  rm -rf "$dir" && mkdir -p "$dir"
  tar xzf "$dist_tar" -C "$dir" --strip-components=1
  if [ "${HEAP:-}" = unbounded ]; then
    # The comparison run of docs/performance.md "Memory": Karaf's defaults, no bound of ours.
    : > "$dir/bin/setenv"
  fi
  sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $port/" "$dir/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort = .*/sshPort = $ssh_port/" "$dir/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort = .*/rmiRegistryPort = 11099/; s/^rmiServerPort = .*/rmiServerPort = 44445/" "$dir/etc/org.apache.karaf.management.cfg"
  if [ -n "$boot" ]; then
    # The baseline boots third-party features only: our features out, $boot in.
    sed -i "s#justice-platform/[^ ,]*#$boot#; /^ *justice-[a-z]*\/[^ ,]*, *\\$/d" "$dir/etc/org.apache.karaf.features.cfg"
  fi
  if [ ! -f "$work/key" ]; then ssh-keygen -q -t rsa -b 2048 -N '' -f "$work/key"; fi
  printf 'bench=%s,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' \
    "$(cut -d' ' -f2 "$work/key.pub")" >> "$dir/etc/keys.properties"
}

shell() { ssh -q -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
  -i "$work/key" -p $ssh_port bench@127.0.0.1 "$@" 2>/dev/null; }

stop_karaf() {
  local dir=$1
  "$dir/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$dir" >/dev/null || return 0; sleep 0.5; done
  pkill -9 -f "karaf.home=$dir" || true
}

# Milliseconds from bin/start until $url answers with one of the accepted statuses.
time_to_answer() {
  local dir=$1 url=$2 accept=$3 token=${4:-}
  local start code
  start=$(now_ms)
  "$dir/bin/start" >/dev/null 2>&1
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' ${token:+-H "Authorization: Bearer $token"} "$url" || true)
    if [[ " $accept " == *" $code "* ]]; then break; fi
    if [ $(( $(now_ms) - start )) -gt 180000 ]; then log "no answer from $url"; return 1; fi
    sleep 0.05
  done
  echo $(( $(now_ms) - start ))
}

# wrk at $CONNECTIONS (32) connections on $1 (with bearer token $2, and wrk script $3 with its arguments $4 if given): "rps p99 non2xx".
wrk_run() {
  local url=$1 token=$2 script=${3:-} args=${4:-} out
  # shellcheck disable=SC2086 # the script's arguments are words
  out=$(wrk -t"$(( ${CONNECTIONS:-32} < 2 ? 1 : 2 ))" -c"${CONNECTIONS:-32}" -d"$duration" --latency ${token:+-H "Authorization: Bearer $token"} ${script:+-s "$script"} "$url" ${args:+-- $args})
  log "$out"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  local non2xx
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$rps $p99 ${non2xx:-0}"
}

ensure_wrk() {
  command -v wrk >/dev/null && return 0
  log "installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}


# $1 rows of synthetic venues of district $2 in the import layout: types that need no credit code,
# real street codes of the district, points uniformly inside the district's box, names marked
# synthetic. The same seed gives the same file, so runs are comparable.
venues_csv() {
  local n=$1 t=$2
  local streets="$root/bundles/platform/src/main/resources/divisions/streets.csv"
  local bounds="$root/bundles/platform/src/main/resources/divisions/bounds.csv"
  awk -F, -v n="$n" -v t="$t" 'BEGIN { srand(42) }
    FNR == 1 { file++ ; next }
    file == 1 && $1 == t { w = $2; s = $3; e = $4; nn = $5 }
    file == 2 && $3 == t { st[k++] = $1 }
    END {
      # a margin inside the box, so that rounding never puts a point on its edge
      dx = (e - w) * 0.05; dy = (nn - s) * 0.05
      split("司法所,调解组织,法治文化场所,政府立法基层联系点", types, ",")
      print "类型,名称,地址,乡镇街道代码,经度,纬度,机构电话,服务项目"
      for (i = 1; i <= n; i++) {
        printf "%s,基准阵地%05d（合成数据）,郑州市基准路%d号,%s,%.6f,%.6f,0371-6%06d,法律咨询、人民调解\n",
          types[(i % 4) + 1], i, i, st[i % k], w + dx + rand() * (e - w - 2 * dx), s + dy + rand() * (nn - s - 2 * dy), i
      }
    }' "$bounds" "$streets"
}

# Imports the CSV file $3 into tenant $2 and waits for it (from 10,000 rows on, the import is a job
# to poll; below, the answer is the report); prints milliseconds.
import_venues() {
  local token=$1 t=$2 csv=$3 start job id state accepted
  start=$(now_ms)
  job=$(curl -s -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary "@$csv" \
    "http://127.0.0.1:$port/api/v1/t/$t/venues/imports")
  id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$job" | head -n 1)
  state=$job
  [ -n "$id" ] || [[ "$job" == *'"accepted":'* ]] || { log "import answered neither job nor report: ${job:0:300}"; return 1; }
  while [ -n "$id" ]; do
    state=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/t/$t/venues/imports/$id")
    case "$state" in *'"state":"DONE"'*|*'"state":"FAILED"'*) break ;; esac
    sleep 0.2
  done
  accepted=$(sed -n 's/.*"accepted":\([0-9]*\).*/\1/p' <<<"$state" | head -n 1)
  local rows; rows=$(( $(wc -l < "$csv") - 1 ))
  [ "$accepted" = "$rows" ] || { log "import accepted ${accepted:-?} of $rows rows: ${state:0:300}"; return 1; }
  echo $(( $(now_ms) - start ))
}

# The venues the venue and map benchmarks import: ROWS of them into 中原区.
rows=${ROWS:-10000}
tenant=410102

# A fresh copy in $1 without the demo venues, started, with $rows synthetic venues of district
# $tenant imported. Sets token (a district admin's of $tenant) and import_ms. The copy is stopped
# when the script ends, also on a failure, unless KEEP is set (then it is left running for a profiler).
start_with_venues() {
  local app=$1 csv="$work/venues-$rows.csv"
  fresh_copy "$app"
  # Double quotes: the trap keeps this $app, a local that is gone when the script ends.
  trap "if [ -n \"\${KEEP:-}\" ]; then log 'left running in $app (KEEP)'; else stop_karaf '$app'; fi" EXIT
  sed -i 's/^enabled = .*/enabled = false/' "$app/etc/org.smartjustice.venues.demo.cfg"
  token=$("$app/bin/demo-token" --roles DISTRICT_ADMIN --tenants "$tenant" --ttl 7200)
  time_to_answer "$app" "http://127.0.0.1:$port/api/v1/t/$tenant/venues?size=1" "200" "$token" >/dev/null
  venues_csv "$rows" "$tenant" > "$csv"
  log "== import of $rows rows"
  import_ms=$(import_venues "$token" "$tenant" "$csv")
}

# Compares endpoints under the same load: each spec is "name|url|token|wrk script|script arguments" (token,
# script and arguments may be empty); the first is the baseline. One warm-up each ($warmup), then $rounds rounds that
# run every spec in turn, so that a change in the machine's load during the run hits all of them
# alike. Prints per name the median requests/s and p99 over the rounds, non-2xx answers, and the
# median of the per-round ratios to the baseline.
compare() {
  local specs=("$@") spec name url token script args r
  declare -A rps p99 err ratio
  for spec in "${specs[@]}"; do
    IFS='|' read -r name url token script args <<<"$spec"
    # shellcheck disable=SC2086
    wrk -t"$(( ${CONNECTIONS:-32} < 2 ? 1 : 2 ))" -c"${CONNECTIONS:-32}" -d"$warmup" ${token:+-H "Authorization: Bearer $token"} ${script:+-s "$script"} "$url" ${args:+-- $args} >/dev/null
  done
  for r in $(seq 1 "$rounds"); do
    local base=""
    for spec in "${specs[@]}"; do
      IFS='|' read -r name url token script args <<<"$spec"
      local a b c
      read -r a b c < <(wrk_run "$url" "$token" "$script" "$args")
      rps[$name]+="$a "; p99[$name]+="$(ms "$b") "; err[$name]=$(( ${err[$name]:-0} + c ))
      if [ -z "$base" ]; then base=$a; fi
      ratio[$name]+="$(awk -v a="$a" -v b="$base" 'BEGIN {printf "%.3f", a/b}') "
      log "   round $r: $name $a req/s, p99 $b"
    done
  done
  for spec in "${specs[@]}"; do
    IFS='|' read -r name url token script args <<<"$spec"
    echo "${name}_rps=$(tr ' ' '\n' <<<"${rps[$name]}" | grep . | median | awk '{printf "%.0f", $1}')" \
      "${name}_p99_ms=$(tr ' ' '\n' <<<"${p99[$name]}" | grep . | median | awk '{printf "%.1f", $1}')" \
      "${name}_non2xx=${err[$name]}" \
      "${name}_to_${specs[0]%%|*}=$(tr ' ' '\n' <<<"${ratio[$name]}" | grep . | median | awk '{printf "%.2f", $1}')"
  done
}

# wrk's latency ("850.00us", "12.34ms", "1.02s") in milliseconds.
ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else print v }'
}
