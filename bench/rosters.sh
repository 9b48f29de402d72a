#!/usr/bin/env bash
# Rosters benchmarks (method and latest figures: docs/performance.md).
#
#   bench/rosters.sh            # MEMBERS=20000 TASKS=100000 by default; IMPORT_ONLY=1 stops after the member import
#
# In one district (中原区 410102) with 1,570 grid cells, MEMBERS synthetic members and TASKS open
# tasks: the member import rate; my/tasks of a mediator and dispatch to a role in a grid under wrk
# (2 threads, 32 connections, and dispatch also at 4) against the platform's trivial health endpoint
# in the same run; and
# the card scan over all open tasks, once with a thousand tasks past their deadline and once with
# none new.
source "$(dirname "$0")/lib.sh"

members=${MEMBERS:-20000}
tasks=${TASKS:-100000}
cells_per_community=10

# The district's cells: ten per real community, coded community + 3 digits.
grids_csv() {
  local communities="$root/bundles/platform/src/main/resources/divisions/communities.csv"
  awk -F, -v t="$tenant" -v n="$cells_per_community" 'NR == 1 { print "网格编码,网格名称,社区（村）代码"; next }
    substr($1, 1, 6) == t { for (i = 1; i <= n; i++) printf "%s%03d,基准网格%s-%d（合成数据）,%s\n", $1, i, $1, i, $1 }' \
    "$communities"
}

# $1 members over the cells of $2: mediators, 法律明白人 and legal advisers in turn; host user ids
# bench-<i>, distinct mobiles.
members_csv() {
  local n=$1 cells=$2
  awk -F, -v n="$n" 'NR > 1 { cell[k++] = $1 }
    END {
      split("调解员,法律明白人,村(居)法律顾问", roles, ",")
      print "姓名,角色,网格编码,手机号码,宿主用户ID,同意公开"
      for (i = 1; i <= n; i++) printf "基准成员%05d,%s,%s,139%08d,bench-%d,是\n", i, roles[(i % 3) + 1], cell[i % k], i, i
    }' "$cells"
}

api() { echo "http://127.0.0.1:$port/api/v1$1"; }

total_of() { curl -s -H "Authorization: Bearer $2" "$(api "$1")" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'; }

# Imports CSV $2 at path $1 (a job from 10,000 rows on) and prints milliseconds.
import_csv() {
  local path=$1 csv=$2 start answer id state
  start=$(now_ms)
  answer=$(curl -s -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv' --data-binary "@$csv" "$(api "$path")")
  id=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' <<<"$answer")
  while [ -n "$id" ]; do
    state=$(curl -s -H "Authorization: Bearer $admin" "$(api "$path/$id")")
    case "$state" in *'"state":"DONE"'*) answer=$state; break ;; *'"state":"FAILED"'*) log "$state"; return 1 ;; esac
    sleep 0.2
  done
  local rejected; rejected=$(sed -n 's/.*"rejected":\([0-9]*\).*/\1/p' <<<"$answer" | head -n 1)
  [ "${rejected:-x}" = 0 ] || { log "import rejected rows: ${answer:0:400}"; return 1; }
  echo $(( $(now_ms) - start ))
}

# A wrk script that dispatches to the mediators of a random cell, or to the 法律明白人 with duty $3.
dispatch_lua() {
  local out=$1 cells=$2 duty=${3:-DISPUTE_RESOLUTION} role=${4:-MEDIATOR}
  { echo "local cells = {"; awk -F, 'NR > 1 { printf "\"%s\",", $1 }' "$cells"; echo "}"
    cat <<EOF
local n = 0
-- Headers given to wrk.format replace those of the command line (the token): set it on wrk.headers.
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local cell = cells[math.random(#cells)]
  local body = '{"title":"基准任务' .. n .. '","duty":"$duty","target":{"kind":"ROLE_IN_GRID","role":"$role","grid":"' .. cell .. '"}}'
  return wrk.format("POST", nil, nil, body)
end
EOF
  } > "$out"
}

# Runs the card scan now and prints its milliseconds (from the schedule's last start and finish).
scan_ms() {
  local before after
  before=$(curl -s -H "Authorization: Bearer $operator" "$(api /platform/schedules)" | python3 -c \
    'import json,sys; print(next(s["runs"] for s in json.load(sys.stdin) if s["name"].endswith("/task-cards")))')
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $operator" "$(api /platform/schedules/org.smartjustice.rosters/task-cards/run)"
  for _ in $(seq 1 600); do
    after=$(curl -s -H "Authorization: Bearer $operator" "$(api /platform/schedules)")
    if python3 -c 'import json,sys; s=next(s for s in json.load(sys.stdin) if s["name"].endswith("/task-cards")); sys.exit(0 if s["runs"] > int(sys.argv[1]) and not s["running"] else 1)' "$before" <<<"$after"; then
      python3 -c 'import json,sys,datetime as d; s=next(s for s in json.load(sys.stdin) if s["name"].endswith("/task-cards")); f=d.datetime.fromisoformat; print(int((f(s["lastFinishedAt"]) - f(s["lastStartedAt"])).total_seconds() * 1000))' <<<"$after"
      return 0
    fi
    sleep 0.2
  done
  log "the scan did not finish"; return 1
}

main() {
  ensure_wrk
  mkdir -p "$work"
  local app="$work/rosters"
  fresh_copy "$app"
  trap "if [ -n \"\${KEEP:-}\" ]; then log 'left running in $app (KEEP)'; else stop_karaf '$app'; fi" EXIT
  sed -i 's/^enabled = .*/enabled = false/' "$app/etc/org.smartjustice.venues.demo.cfg" "$app/etc/org.smartjustice.rosters.demo.cfg"
  # The scan runs when the benchmark asks, not in the middle of a measurement.
  printf 'cardScanSeconds = 86400\n' > "$app/etc/org.smartjustice.rosters.cfg"
  admin=$("$app/bin/demo-token" --roles DISTRICT_ADMIN --tenants "$tenant" --ttl 14400)
  supervisor=$("$app/bin/demo-token" --roles SUPERVISOR --tenants "$tenant" --ttl 14400)
  operator=$("$app/bin/demo-token" --roles PLATFORM_OPERATOR --tenants '*' --ttl 14400)
  # bench-1 is a 法律明白人, bench-2 a legal adviser, bench-3 a mediator (roles in turn, see members_csv).
  local worker; worker=$("$app/bin/demo-token" --sub bench-3 --roles GRID_WORKER --tenants "$tenant" --ttl 14400)
  time_to_answer "$app" "$(api /t/$tenant/rosters/grids/cells?size=1)" "200" "$admin" >/dev/null

  local cells="$work/rosters-grids.csv" people="$work/rosters-members-$members.csv"
  grids_csv > "$cells"
  members_csv "$members" "$cells" > "$people"
  log "== import of $(( $(wc -l < "$cells") - 1 )) cells and $members members"
  import_csv "/t/$tenant/rosters/grids/imports" "$cells" >/dev/null
  local member_ms; member_ms=$(import_csv "/t/$tenant/rosters/members/imports" "$people")
  echo "member_import_rows=$members member_import_ms=$member_ms"
  echo "member_import_rows_per_s=$(awk -v r="$members" -v m="$member_ms" 'BEGIN {printf "%.0f", r * 1000 / m}')"
  if [ -n "${IMPORT_ONLY:-}" ]; then return; fi

  local lua="$work/rosters-dispatch.lua" tasks_url; tasks_url=$(api "/t/$tenant/rosters/tasks")
  dispatch_lua "$lua" "$cells"
  log "== dispatching $tasks tasks"
  local start; start=$(now_ms)
  while [ "$(total_of "/t/$tenant/rosters/tasks?size=1" "$supervisor")" -lt "$tasks" ]; do
    wrk -t2 -c16 -d20s -H "Authorization: Bearer $supervisor" -s "$lua" "$tasks_url" >/dev/null
  done
  local open; open=$(total_of "/t/$tenant/rosters/tasks?size=1" "$supervisor")
  echo "tasks_open=$open fill_s=$(( ($(now_ms) - start) / 1000 ))"
  echo "my_tasks_of_bench_3=$(total_of "/t/$tenant/rosters/my/tasks?size=1" "$worker")"

  log "== my/tasks and dispatch at 32 connections, $rounds rounds of $duration each"
  compare "health|$(api /platform/health)||" "my_tasks|$(api "/t/$tenant/rosters/my/tasks")|$worker|" \
    "dispatch|$tasks_url|$supervisor|$lua"
  # A dispatch centre sends tasks a few at a time, not 32 at once: the latency at 4 connections,
  # and at 1 (one dispatcher's request after another: the time of a dispatch without queueing).
  log "== dispatch at 4 and 1 connections"
  CONNECTIONS=4 compare "health_c4|$(api /platform/health)||" "dispatch_c4|$tasks_url|$supervisor|$lua"
  CONNECTIONS=1 compare "health_c1|$(api /platform/health)||" "dispatch_c1|$tasks_url|$supervisor|$lua"

  log "== card scan over $(total_of "/t/$tenant/rosters/tasks?size=1" "$supervisor") open tasks"
  curl -s -o /dev/null -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"acceptYellow":"PT1S","acceptRed":"PT2S","finishYellow":"PT3S","finishRed":"PT4S"}' \
    "$(api "/t/$tenant/rosters/tasks/deadlines/LEGAL_EDUCATION/NORMAL")"
  local late="$work/rosters-late.lua"
  dispatch_lua "$late" "$cells" LEGAL_EDUCATION LEGAL_AWARE_RESIDENT
  local before; before=$(total_of "/t/$tenant/rosters/tasks?size=1" "$supervisor")
  while [ $(( $(total_of "/t/$tenant/rosters/tasks?size=1" "$supervisor") - before )) -lt 1000 ]; do
    wrk -t1 -c4 -d2s -H "Authorization: Bearer $supervisor" -s "$late" "$tasks_url" >/dev/null
  done
  sleep 5
  echo "scan_with_new_cards_ms=$(scan_ms) cards_red=$(total_of "/t/$tenant/rosters/tasks?size=1&card=RED" "$supervisor")"
  echo "scan_without_new_cards_ms=$(scan_ms)"
  local pid; pid=$(pgrep -f "karaf.home=$app" | head -n 1)
  echo "rss_after_mib=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$pid"/status)"
}

main
