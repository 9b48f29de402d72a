#!/usr/bin/env bash
# Shared by the benchmark scripts: copies of the distribution on benchmark ports, timing, wrk.
# Source it after setting: root (repository), work (scratch folder).
dist_tar=$(ls "$root"/karaf-assembly/target/justice-karaf-*.tar.gz | head -n 1)
sample_features="$root/itests/target/test-classes/sample-features.xml"
port=${PORT:-18181}
ssh_port=${SSH_PORT:-18101}
duration=${DURATION:-30s}

log() { printf '%s\n' "$*" >&2; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# A fresh copy of the distribution in $1, on the benchmark ports; $2 = boot features to replace justice-all.
fresh_copy() {
  local dir=$1 boot=${2:-}
  rm -rf "$dir" && mkdir -p "$dir"
  tar xzf "$dist_tar" -C "$dir" --strip-components=1
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

wrk_run() {
  local url=$1 token=$2 out
  out=$(wrk -t2 -c32 -d"$duration" --latency ${token:+-H "Authorization: Bearer $token"} "$url")
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

