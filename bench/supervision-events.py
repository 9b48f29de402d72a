#!/usr/bin/env python3
"""Grid events as the host sends them, for bench/supervision.sh.

  supervision-events.py signed  OUT_DIR SECRET TENANT EVENTS   # requests.tsv (id, ts, signature, body) and manifest.tsv
  supervision-events.py ndjson  OUT_FILE TENANT EVENTS          # one event a line, for the back-fill
  supervision-events.py verify  OUT_DIR EVENTS_TSV              # checks the stored events against what was answered

Each event has versions 1 to 3. In the signed stream a fifth of the events arrive out of order (v2 before
v1), a tenth of the versions twice as two messages next to each other (two threads send them at once),
and one message in twenty again with the same webhook-id (a retry). Synthetic data, fixed seed.
"""
import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import random
import sys
import time

CATEGORIES = [("06001", "私搭乱建"), ("06002", "店面无证装修"), ("06010", "暴露垃圾"), ("06012", "道路不洁"), ("06013", "道路破损")]
WORDS = ["人行道私搭棚子", "店面无证装修扰民", "路边暴露垃圾未清运", "反映城管暴力执法", "商户反映乱收费", "道路破损多日未修"]
BEIJING = dt.timezone(dt.timedelta(hours=8))


def event(tenant, i, version, rnd):
    code, name = CATEGORIES[i % len(CATEGORIES)]
    reported = dt.datetime(2026, 1, 1, 8, 0, tzinfo=BEIJING) + dt.timedelta(minutes=(i * 7) % (330 * 24 * 60))
    steps = [{"step": "上报", "at": reported.isoformat(), "unit": "网格员"},
             {"step": "受理", "at": (reported + dt.timedelta(minutes=20)).isoformat(), "unit": "区网格化中心"}]
    if version >= 2:
        steps.append({"step": "派遣", "at": (reported + dt.timedelta(minutes=40)).isoformat(), "unit": "区网格化中心"})
    if version >= 3:
        steps.append({"step": "结案", "at": (reported + dt.timedelta(days=2)).isoformat(), "unit": "区城市管理局"})
    return {
        "source": "bench-host", "eventId": f"BENCH-{tenant}-{i:07d}", "version": version,
        "category": {"code": code, "name": name},
        "title": WORDS[i % len(WORDS)] + f"（合成 {i}）",
        "description": "基准测试的合成事件，不是真实数据。" + WORDS[(i * 3) % len(WORDS)],
        "place": {"street": f"基准街道{i % 12}", "community": f"基准社区{i % 97}", "gridCode": f"{tenant}-B-{i % 500:03d}"},
        "reportedAt": reported.isoformat(),
        "reporter": {"name": "基准" + "甲乙丙丁"[i % 4], "phone": f"139{i % 100000000:08d}"},
        "steps": steps,
        "department": {"name": f"基准执法部门{i % 20}", "org": f"BENCH-ORG-{i % 20:02d}"},
        "result": "已处置" if version >= 3 else None,
        "satisfaction": (1 + i % 5) if version >= 3 else None,
        "returns": i % 4,
        "overdue": i % 9 == 0,
    }


def signed(out_dir, secret, tenant, n):
    rnd = random.Random(42)
    key = base64.b64decode(secret[len("whsec_"):])
    ts = str(int(time.time()))
    sent_at = dt.datetime.now(BEIJING).isoformat(timespec="seconds")
    with open(f"{out_dir}/requests.tsv", "w") as req, open(f"{out_dir}/manifest.tsv", "w") as man:
        serial = 0
        for i in range(n):
            versions = [1, 2, 3]
            if rnd.random() < 0.2:
                versions = [2, 1, 3]
            for v in versions:
                body = json.dumps({"type": "supervision.grid-event.updated", "timestamp": sent_at, "tenant": tenant,
                                   "data": {k: x for k, x in event(tenant, i, v, rnd).items() if x is not None}},
                                  ensure_ascii=False, separators=(",", ":"))
                copies = 2 if rnd.random() < 0.1 else 1
                for _ in range(copies):
                    serial += 1
                    mid = f"{os.environ.get('MESSAGE_PREFIX', 'msg_bench')}_{serial:08d}"
                    sig = base64.b64encode(hmac.new(key, f"{mid}.{ts}.{body}".encode(), hashlib.sha256).digest()).decode()
                    line = f"{mid}\t{ts}\tv1,{sig}\t{body}\n"
                    req.write(line)
                    man.write(f"{mid}\tBENCH-{tenant}-{i:07d}\t{v}\n")
                    if rnd.random() < 0.05:
                        req.write(line)


def ndjson(out_file, tenant, n):
    rnd = random.Random(7)
    with open(out_file, "w") as out:
        for i in range(n):
            e = {k: x for k, x in event(tenant, i, 3, rnd).items() if x is not None}
            e["eventId"] = f"FILL-{tenant}-{i:07d}"
            out.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")


def verify(out_dir, events_tsv):
    sent = {}
    for line in open(f"{out_dir}/manifest.tsv"):
        mid, eid, v = line.rstrip("\n").split("\t")
        sent[mid] = (eid, int(v))
    answered = set()
    import glob
    for f in glob.glob(f"{out_dir}/answered-*.txt"):
        answered.update(l.strip() for l in open(f) if l.strip())
    want = {}
    for mid in answered:
        if mid in sent:
            eid, v = sent[mid]
            want[eid] = max(want.get(eid, 0), v)
    most = {}
    for eid, v in sent.values():
        most[eid] = max(most.get(eid, 0), v)
    stored = {}
    doubled = 0
    for line in open(events_tsv):
        eid, v = line.rstrip("\n").split("\t")
        if eid in stored:
            doubled += 1
        stored[eid] = int(v)
    lost = [e for e, v in want.items() if stored.get(e, 0) < v]
    beyond = [e for e, v in stored.items() if e in most and v > most[e]]
    print(f"answered_messages={len(answered)} events_answered={len(want)} events_stored={len(stored)} "
          f"lost={len(lost)} doubled={doubled} beyond_sent={len(beyond)}")
    return 0 if not lost and not doubled and not beyond else 1


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "signed":
        signed(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    elif cmd == "ndjson":
        ndjson(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif cmd == "verify":
        sys.exit(verify(sys.argv[2], sys.argv[3]))
