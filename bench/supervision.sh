#!/usr/bin/env bash
# Supervision benchmarks (method and latest figures: docs/performance.md).
#
#   bench/supervision.sh                 # on the embedded H2 database
#   DB=postgres bench/supervision.sh     # on a throwaway PostgreSQL 15 server (Debian's), fsync and synchronous_commit on
#
# In 中原区 (410102): signed grid-event webhooks from a configured sender under wrk (2 threads, 32
# connections) against the platform's trivial health endpoint in the same run, with concurrent duplicate
# messages, out-of-order versions and retries in the stream (bench/supervision-events.py); the backlog
# of unhandled messages and unscreened versions sampled during the run and drained after it; every event
# checked afterwards (none lost, none doubled); then an NDJSON back-fill of FILL events, timed.
source "$(dirname "$0")/lib.sh"

events=${EVENTS:-80000}
fill=${FILL:-100000}
db=${DB:-h2}
pg_port=${PG_PORT:-15432}

api() { echo "http://127.0.0.1:$port/api/v1$1"; }

json_field() { python3 -c 'import json,sys; d=json.load(sys.stdin)
for k in sys.argv[1].split("."): d=d[k]
print(d)' "$1"; }

# A throwaway PostgreSQL in $work/pg, production-like (fsync, synchronous_commit on); sets the copy $1 to it.
start_postgres() {
  local app=$1 bin dir="$work/pg"
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  rm -rf "$dir" && mkdir -p "$dir"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U justice --auth=trust -E UTF8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U justice justice
  pg_stop="${as[*]} $bin/pg_ctl -D $dir/data -m fast stop"
  sed -i "s#^osgi.jdbc.driver.name *=.*#osgi.jdbc.driver.name = PostgreSQL JDBC Driver#; s#^url *=.*#url = jdbc:postgresql://127.0.0.1:$pg_port/justice#; s#^user *=.*#user = justice#; s#^password *=.*#password = justice#" \
    "$app/etc/org.ops4j.datasource-justice.cfg"
}

# Every event of the tenant as "eventId<TAB>version", paging through the list.
stored_events() {
  local token=$1 out=$2 page=1
  : > "$out"
  while true; do
    local body
    body=$(curl -s -H "Authorization: Bearer $token" "$(api "/t/$tenant/supervision/events?size=200&page=$page&sort=reportedAt")")
    python3 -c 'import json,sys; d=json.load(sys.stdin)
for e in d["items"]: print(e["eventId"] + "\t" + str(e["eventVersion"]))
sys.exit(0 if d["items"] else 3)' <<<"$body" >> "$out" || break
    page=$((page + 1))
  done
}

# The number of inbound messages not handled yet, and of event versions not screened yet.
backlog() {
  local pending due
  pending=$(curl -s -H "Authorization: Bearer $operator" "$(api "/platform/inbound?state=PENDING&size=1")" | json_field total)
  due=$(curl -s -H "Authorization: Bearer $operator" "$(api "/t/$tenant/supervision/screening/backlog")" | json_field due)
  echo "$pending $due"
}

main() {
  ensure_wrk
  mkdir -p "$work"
  local app="$work/supervision" dir="$work/supervision-run"
  rm -rf "$dir" && mkdir -p "$dir"
  fresh_copy "$app"
  pg_stop=""
  trap "stop_karaf '$app'; if [ -n \"\$pg_stop\" ]; then \$pg_stop >/dev/null 2>&1 || true; fi" EXIT
  sed -i 's/^enabled = .*/enabled = false/' "$app/etc/org.smartjustice.venues.demo.cfg" "$app/etc/org.smartjustice.rosters.demo.cfg"
  if [ "$db" = postgres ]; then start_postgres "$app"; fi
  local secret; secret="whsec_$(head -c 32 /dev/urandom | base64)"
  printf 'name = bench\nsecrets = %s\ntenants = %s\ntoleranceSeconds = 3600\n' "$secret" "$tenant" \
    > "$app/etc/org.smartjustice.webhooks.sender-bench.cfg"
  operator=$("$app/bin/demo-token" --roles PLATFORM_OPERATOR --tenants '*' --ttl 14400)
  time_to_answer "$app" "$(api /t/$tenant/supervision/events?size=1)" "200" "$operator" >/dev/null

  log "== $events events (versions 1–3, duplicates, out of order, retries), signed"
  python3 "$root/bench/supervision-events.py" signed "$dir" "$secret" "$tenant" "$events"
  echo "db=$db requests=$(wc -l < "$dir/requests.tsv") events=$events"

  ( while sleep 5; do backlog; done ) > "$dir/backlog.txt" 2>/dev/null &
  local sampler=$!
  compare "health|$(api /platform/health)||" \
    "ingest|$(api /platform/inbound/bench)||$root/bench/signed-events.lua|$dir 2"
  kill "$sampler" 2>/dev/null || true
  echo "backlog_max_pending=$(awk '{print $1}' "$dir/backlog.txt" | sort -n | tail -n 1) backlog_max_unscreened=$(awk '{print $2}' "$dir/backlog.txt" | sort -n | tail -n 1)"

  local start; start=$(now_ms)
  while read -r pending due < <(backlog); [ "$pending" != 0 ] || [ "$due" != 0 ]; do
    if [ $(( $(now_ms) - start )) -gt 900000 ]; then log "backlog not drained: $pending messages, $due versions"; break; fi
    sleep 1
  done
  echo "drain_ms=$(( $(now_ms) - start ))"
  stored_events "$operator" "$dir/events.tsv"
  python3 "$root/bench/supervision-events.py" verify "$dir" "$dir/events.tsv"

  log "== back-fill of $fill events"
  python3 "$root/bench/supervision-events.py" ndjson "$dir/fill.ndjson" "$tenant" "$fill"
  start=$(now_ms)
  local answer id state
  answer=$(curl -s -X POST -H "Authorization: Bearer $operator" -H 'Content-Type: application/x-ndjson' \
    --data-binary "@$dir/fill.ndjson" "$(api "/t/$tenant/supervision/events/backfill")")
  id=$(json_field id <<<"$answer")
  while true; do
    state=$(curl -s -H "Authorization: Bearer $operator" "$(api "/t/$tenant/supervision/events/backfill/$id")")
    case "$state" in *'"state":"DONE"'*|*'"state":"FAILED"'*) break ;; esac
    sleep 0.5
  done
  local fill_ms=$(( $(now_ms) - start ))
  local created; created=$(json_field report.created <<<"$state")
  echo "backfill_events=$fill backfill_created=$created backfill_ms=$fill_ms backfill_events_per_s=$(awk -v n="$fill" -v m="$fill_ms" 'BEGIN {printf "%.0f", n * 1000 / m}')"
  start=$(now_ms)
  while read -r pending due < <(backlog); [ "$due" != 0 ]; do sleep 1; done
  echo "backfill_screened_ms=$(( $(now_ms) - start ))"
}

main "$@"
