#!/usr/bin/env bash
# Academy benchmarks (method and latest figures: docs/performance.md).
#
#   bench/academy.sh            # ITEMS=20000 by default
#
# In one district (中原区 410102) with ITEMS synthetic published items (written, sent for review and
# published by two editors through the API, marked 合成数据) and the city's 70 demo items: search
# with the judged queries and the public board page under wrk against the platform's trivial health
# endpoint in the same run; then the rate of an index rebuild (items/s) and of the corpus export
# (chunks/s).
source "$(dirname "$0")/lib.sh"

items=${ITEMS:-20000}

api() { echo "http://127.0.0.1:$port/api/v1$1"; }

# Writes, submits and publishes $1 items as editors $2 (author) and $3 (reviewer), 4 at a time.
seed_items() {
  python3 - "$1" "$2" "$3" "$(api "/t/$tenant/academy/items")" <<'PY'
import json, sys, random, threading, time, http.client, urllib.parse
n, author, reviewer, url = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
u = urllib.parse.urlparse(url)
topics = ["LEGAL_AID", "MEDIATION", "NOTARIZATION", "FORENSIC_APPRAISAL", "COMMUNITY_CORRECTION",
          "ADMINISTRATIVE_RECONSIDERATION_AND_LITIGATION", "RESETTLEMENT_ASSISTANCE", "NATIONAL_LEGAL_EXAM", "POST_REHABILITATION_CARE"]
words = ("法律援助 人民调解 公证 司法鉴定 社区矫正 行政复议 安置帮教 法律职业资格 后续照管 邻里纠纷 劳动报酬 婚姻家庭 继承 "
         "遗嘱 赡养 抚养 宅基地 土地承包 交通事故 工伤 欠薪 合同 物业 消费者 未成年人 老年人 妇女 残疾人 申请 材料 流程 期限 费用").split()
rnd = random.Random(42)
lock = threading.Lock()
left = [n]
failed = []
def call(conn, method, path, token, body):
    # Just after the start the whiteboard may still be settling (404 from CXF): wait a little and retry.
    for attempt in range(40):
        conn.request(method, path, json.dumps(body, ensure_ascii=False).encode(), {"Authorization": "Bearer " + token,
                     "Content-Type": "application/json"})
        r = conn.getresponse(); data = r.read()
        if r.status < 300: return json.loads(data)
        if r.status not in (404, 503) or attempt == 39: raise RuntimeError(f"{method} {path}: {r.status} {data[:300]}")
        time.sleep(0.5)
def work():
  try:
    work_on()
  except Exception as e:
    failed.append(str(e))
def work_on():
    conn = http.client.HTTPConnection(u.hostname, u.port)
    while True:
        with lock:
            if left[0] == 0: return
            left[0] -= 1; i = left[0]; t = rnd.choice(topics); text = "，".join(rnd.sample(words, 12))
        item = call(conn, "POST", u.path, author, {"kind": "LEGAL_EDUCATION", "title": f"基准内容{i}：{text[:20]}（合成数据）",
                    "summary": text, "body": f"<p>{text}。</p><p>{'，'.join(rnd.sample(words, 20))}。</p>", "topics": [t],
                    "audiences": [rnd.choice(["COMMUNITIES", "VILLAGES", "SCHOOLS", "ENTERPRISES", "STATE_ORGANS"])]})["item"]
        item = call(conn, "POST", f"{u.path}/{item['id']}/submit", author, {"version": item["version"]})["item"]
        call(conn, "POST", f"{u.path}/{item['id']}/publish", reviewer, {"version": item["version"]})
threads = [threading.Thread(target=work) for _ in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
if failed: sys.exit("seeding failed: " + failed[0])
PY
}

# A wrk script asking the judged queries (itests' academy-relevance.json) in turn.
search_lua() {
  { echo "local qs = {"
    python3 -c 'import json,sys,urllib.parse; [print("\"%s\"," % urllib.parse.quote(q["query"])) for q in json.load(open(sys.argv[1]))["queries"]]' \
      "$root/itests/src/test/resources/academy-relevance.json"
    cat <<'LUA'
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?size=10&q=" .. qs[(n % #qs) + 1])
end
LUA
  } > "$1"
}

main() {
  ensure_wrk
  mkdir -p "$work"
  local app="$work/academy"
  fresh_copy "$app"
  trap "if [ -n \"\${KEEP:-}\" ]; then log 'left running in $app (KEEP)'; else stop_karaf '$app'; fi" EXIT
  sed -i 's/^enabled = .*/enabled = false/' "$app/etc/org.smartjustice.venues.demo.cfg" "$app/etc/org.smartjustice.rosters.demo.cfg"
  local author reviewer admin
  author=$("$app/bin/demo-token" --sub bench-author --roles EDITOR --tenants "$tenant" --ttl 14400)
  reviewer=$("$app/bin/demo-token" --sub bench-reviewer --roles EDITOR --tenants "$tenant" --ttl 14400)
  admin=$("$app/bin/demo-token" --roles DISTRICT_ADMIN --tenants "$tenant" --ttl 14400)
  time_to_answer "$app" "$(api /t/$tenant/academy/items?size=1)" "200" "$admin" >/dev/null

  log "== publishing $items items"
  local start; start=$(now_ms)
  seed_items "$items" "$author" "$reviewer"
  echo "items=$items seed_s=$(( ($(now_ms) - start) / 1000 ))"
  local lua="$work/academy-search.lua"
  search_lua "$lua"
  curl -s -o /dev/null "$(api "/public/t/$tenant/academy/search")?q=%E6%B3%95%E5%BE%8B%E6%8F%B4%E5%8A%A9"

  log "== search and the public board, $rounds rounds of $duration each"
  compare "health|$(api /platform/health)||" "search|$(api "/public/t/$tenant/academy/search")||$lua" \
    "board|$(api "/public/t/$tenant/academy/boards/COMMUNITIES")||"

  log "== index rebuild"
  start=$(now_ms)
  local job; job=$(curl -s -D - -o /dev/null -X POST -H "Authorization: Bearer $admin" "$(api "/t/$tenant/academy/search/rebuild")" \
    | sed -n 's/^Location: \(.*\)\r$/\1/p')
  until curl -s -H "Authorization: Bearer $admin" "http://127.0.0.1:$port$job" | grep -q '"state":"DONE"'; do sleep 0.2; done
  local rebuild_ms=$(( $(now_ms) - start ))
  echo "rebuild_ms=$rebuild_ms rebuild_items_per_s=$(awk -v n="$items" -v m="$rebuild_ms" 'BEGIN {printf "%.0f", (n + 70) * 1000 / m}')"

  log "== corpus export"
  start=$(now_ms)
  local chunks; chunks=$(curl -s -H "Authorization: Bearer $admin" "$(api "/t/$tenant/academy/corpus")" | wc -l)
  local corpus_ms=$(( $(now_ms) - start ))
  echo "corpus_chunks=$chunks corpus_ms=$corpus_ms corpus_chunks_per_s=$(awk -v n="$chunks" -v m="$corpus_ms" 'BEGIN {printf "%.0f", n * 1000 / m}')"
  local pid; pid=$(pgrep -f "karaf.home=$app" | head -n 1)
  echo "rss_after_mib=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/"$pid"/status)"
}

main
