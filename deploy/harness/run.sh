#!/usr/bin/env bash
# Three SearchService replicas behind HAProxy on loopback, under load and failure:
#
#   bash deploy/harness/run.sh            # DOCS=5000 DURATION=60 by default; see the settings below
#
# It builds the service (Release), writes DOCS news articles as files into one shared folder, starts three replicas
# (each its own index and port, the same folder) and HAProxy with deploy/haproxy/haproxy.cfg, then measures:
#   1. throughput straight to one replica and through HAProxy to 1, 2 and 3 replicas (short wrk runs);
#   2. wrk through HAProxy for DURATION s (longer if the events take longer) while one replica is SIGKILLed and restarted (its index kept) and files
#      are added to the shared folder: client-seen requests and errors, time for the killed replica to rejoin,
#      time until every replica finds each new file;
#   3. a rolling restart with SIGTERM (drain) of each replica in turn under wrk: the errors clients saw.
# Writes a markdown table to stdout and to $OUT. Needs haproxy, wrk, curl, python3 (installed via apt if missing).
# Everything listens on 127.0.0.1; every process it starts is stopped on exit.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${CORPUS:-$repo/../shared/corpus}"

DOCS="${DOCS:-5000}"                 # articles in the shared folder at start
DURATION="${DURATION:-60}"           # seconds of the main run (kill + restart + new files)
STEP_SECONDS="${STEP_SECONDS:-10}"   # seconds of each throughput run
CONNECTIONS="${CONNECTIONS:-16}"     # wrk connections
NEW_FILES="${NEW_FILES:-5}"          # files added to the shared folder during the main run
DRAIN="${DRAIN:-5}"                  # the replicas' Shutdown:DrainSeconds
WORK="${WORK:-/tmp/searchservice-replicas}"
PORTS=(5001 5002 5003)               # as the server lines of deploy/haproxy/haproxy.cfg
LB_PORT="${LB_PORT:-18080}"
STATS_PORT="${STATS_PORT:-18404}"
OUT="${OUT:-$WORK/results.md}"
SKIP_BUILD="${SKIP_BUILD:-0}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export SEARCH_LB_BIND="127.0.0.1:$LB_PORT" SEARCH_LB_STATS_BIND="127.0.0.1:$STATS_PORT" SEARCH_LB_ADMIN_SOCKET="$WORK/haproxy.sock"
# wrk is one client address asking as fast as it can: the balancer's per-client limit would answer it 429.
export SEARCH_LB_MAX_RATE=1000000000
lb="http://127.0.0.1:$LB_PORT"
declare -A pid=()   # replica index → pid
haproxy_pid=""
wrk_pid=""

missing=()
for tool in haproxy wrk curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "[$(date +%T)] $*" >&2; }

# Polls a command until it succeeds or the deadline (seconds) passes; no fixed sleeps as synchronisation.
wait_for() {
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.1
  done
}

cleanup() {
  for i in "${!pid[@]}"; do kill -KILL "${pid[$i]}" 2>/dev/null || true; done
  [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2>/dev/null || true
  [ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # so an interrupted run still stops what it started

# --- build and documents ---------------------------------------------------------------------------------------
# Only a folder this script made is emptied: WORK may point somewhere it should not.
if [ -d "$WORK" ] && [ ! -f "$WORK/.replica-harness" ] && [ -n "$(ls -A "$WORK")" ]; then
  echo "$WORK holds files this harness did not write; choose another WORK" >&2; exit 2
fi
rm -rf "$WORK/documents" "$WORK"/index* "$WORK"/replica*.log "$WORK"/wrk-*.txt
mkdir -p "$WORK/documents"
touch "$WORK/.replica-harness"

if [ "$SKIP_BUILD" != 1 ]; then
  log "building the service (Release)"
  dotnet publish "$repo/src/SearchService.Api/SearchService.Api.csproj" -c Release -o "$WORK/app" --nologo -v q >/dev/null
fi

log "writing $DOCS articles (+$NEW_FILES held back for the run) into $WORK/documents"
python3 "$corpus/bench/make_docs.py" --limit "$((DOCS + NEW_FILES))" "$WORK/docs.jsonl" 2>/dev/null
python3 - "$WORK/docs.jsonl" "$WORK/documents" "$WORK/held-back" "$DOCS" <<'PY'
import json, os, re, sys
src, docs, held, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.makedirs(held, exist_ok=True)
for i, line in enumerate(open(src, encoding="utf-8")):
    d = json.loads(line)
    name = re.sub(r"[^\w-]", "_", d["id"]) + ".txt"
    folder = os.path.join(docs, f"{i // 1000:03d}") if i < n else held
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write((d["title"] + "\n\n" if d["title"] else "") + d["text"])
PY

# --- replicas and HAProxy --------------------------------------------------------------------------------------
start_replica() {
  local i=$1
  RateLimit__RequestsPerSecond=0 Shutdown__DrainSeconds="$DRAIN" Logging__Console__FormatterName=json \
    dotnet "$WORK/app/SearchService.Api.dll" --urls "http://127.0.0.1:${PORTS[$i]}" --environment Production \
    --Search:DocumentsPath "$WORK/documents" --Search:IndexPath "$WORK/index$i" >>"$WORK/replica$i.log" 2>&1 &
  pid[$i]=$!
}
ready() { curl -fs -o /dev/null "http://127.0.0.1:${PORTS[$1]}/readyz"; }
# HAProxy's view of a replica: UP, DOWN, MAINT, ... from the stats CSV (field 18).
lb_state() { curl -fs "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v s="replica$(($1 + 1))" '$1 == "replicas" && $2 == s { print $18 }'; }
lb_up() { [ "$(lb_state "$1")" = UP ]; }
admin() { python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2]+"\n").encode()); print(s.recv(4096).decode(), end="")' "$SEARCH_LB_ADMIN_SOCKET" "$1"; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

log "starting 3 replicas on ports ${PORTS[*]}"
t0=$(now)
for i in 0 1 2; do start_replica "$i"; done
for i in 0 1 2; do wait_for 600 ready "$i" || { echo "replica $i never became ready" >&2; tail -20 "$WORK/replica$i.log" >&2; exit 1; }; done
cold_ready=$(since "$t0")
log "all ready after ${cold_ready}s (three cold indexes of $DOCS articles built at once on $(nproc) cores)"

haproxy -db -f "$repo/deploy/haproxy/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
haproxy_pid=$!
for i in 0 1 2; do wait_for 30 lb_up "$i" || { echo "HAProxy does not see replica $i up" >&2; cat "$WORK/haproxy.log" >&2; exit 1; }; done

# wrk LABEL SECONDS URL: runs wrk with the query script; prints its HARNESS line's fields. The client waits 40 s,
# longer than HAProxy's server timeout (10 s) times its three tries, so a request lost by the replicas shows as the
# balancer's error answer rather than as a client that gave up first.
run_wrk() {
  wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 40s -s "$repo/deploy/harness/search.lua" "$3" -- "$corpus/bench/queries.txt" \
    >"$WORK/wrk-$1.txt" 2>&1 || true
  sed -n 's/^HARNESS //p' "$WORK/wrk-$1.txt"
}
# For the runs that must cover a sequence of events: wrk runs in the background until stop_wrk (SIGINT: wrk stops
# and prints its summary and the HARNESS line).
start_wrk() {
  wrk -t2 -c"$CONNECTIONS" -d3600s --timeout 40s -s "$repo/deploy/harness/search.lua" "$lb" -- "$corpus/bench/queries.txt" \
    >"$WORK/wrk-$1.txt" 2>&1 &
  wrk_pid=$!
}
# Called in this shell, not in $( ): only the shell that started wrk can wait for it to write its summary.
stop_wrk() {
  kill -INT "$wrk_pid"; wait "$wrk_pid" || true
  wrk_pid=""
}
harness_line() { sed -n 's/^HARNESS //p' "$WORK/wrk-$1.txt"; }
field() { sed -nE "s/.*\b$2=([0-9.]+).*/\1/p" <<<"$1"; }
rps() { awk -v r="$(field "$1" requests)" -v s="$(field "$1" seconds)" 'BEGIN { printf "%.0f", r / s }'; }
errors() { echo $(( $(field "$1" non2xx) + $(field "$1" socket_errors) )); }

# --- 1. throughput: straight to one replica, then through HAProxy to 1, 2 and 3 -----------------------------------
log "throughput runs (${STEP_SECONDS}s each)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run_wrk warmup "$STEP_SECONDS" "http://127.0.0.1:${PORTS[0]}" >/dev/null
direct=$(run_wrk direct "$STEP_SECONDS" "http://127.0.0.1:${PORTS[0]}")
admin "disable server replicas/replica2" >/dev/null; admin "disable server replicas/replica3" >/dev/null
via1=$(run_wrk lb1 "$STEP_SECONDS" "$lb")
admin "enable server replicas/replica2" >/dev/null; wait_for 30 lb_up 1
via2=$(run_wrk lb2 "$STEP_SECONDS" "$lb")
admin "enable server replicas/replica3" >/dev/null; wait_for 30 lb_up 2
cpu_before=0; for i in 0 1 2; do cpu_before=$((cpu_before + $(cpu_ticks "${pid[$i]}"))); done
via3=$(run_wrk lb3 "$STEP_SECONDS" "$lb")
cpu_after=0; for i in 0 1 2; do cpu_after=$((cpu_after + $(cpu_ticks "${pid[$i]}"))); done
hz=$(getconf CLK_TCK)
cpu_ms_per_request=$(awk -v t=$((cpu_after - cpu_before)) -v hz="$hz" -v r="$(field "$via3" requests)" 'BEGIN { printf "%.2f", t * 1000 / hz / r }')

# --- 2. main run: SIGKILL + restart of one replica, new files, under load ----------------------------------------
log "main run: wrk through HAProxy for ${DURATION}s or until its events are over; replica 2 is killed and restarted, $NEW_FILES files added"
start_wrk main
t_start=$(now)
# A fifth of the way in: power cut for replica 2, then restart it over its own index.
until awk -v a="$t_start" -v b="$(now)" -v d="$DURATION" 'BEGIN { exit !(b - a >= d / 5) }'; do sleep 0.2; done
t_kill=$(now)
kill -KILL "${pid[1]}"; wait "${pid[1]}" 2>/dev/null || true
start_replica 1
wait_for 300 ready 1
rejoin_ready=$(since "$t_kill")
wait_for 60 lb_up 1
rejoin_lb=$(since "$t_kill")
log "replica 2 ready ${rejoin_ready}s after SIGKILL, back in HAProxy after ${rejoin_lb}s"

# Half-way: new files in the shared folder; each replica is asked directly until it finds every one.
until awk -v a="$t_start" -v b="$(now)" -v d="$DURATION" 'BEGIN { exit !(b - a >= d / 2) }'; do sleep 0.2; done
tokens=()
for f in "$WORK"/held-back/*.txt; do
  token="harness$RANDOM$RANDOM"
  tokens+=("$token")
  { cat "$f"; printf '\n\n%s\n' "$token"; } >"$WORK/documents/new-$token.txt.tmp"
  mv "$WORK/documents/new-$token.txt.tmp" "$WORK/documents/new-$token.txt"   # appears whole
done
t_files=$(now)
finds() { local body; body=$(curl -fsS --get --data-urlencode "q=$2" "http://127.0.0.1:${PORTS[$1]}/api/search") && grep -q "new-$2" <<<"$body"; }
fresh_each=()
for i in 0 1 2; do
  for token in "${tokens[@]}"; do wait_for 120 finds "$i" "$token"; done
  fresh_each+=("$(since "$t_files")")
done
fresh_all=$(since "$t_files")
log "every replica finds all $NEW_FILES new files after ${fresh_all}s (per replica, as polled in turn: ${fresh_each[*]})"
until awk -v a="$t_start" -v b="$(now)" -v d="$DURATION" 'BEGIN { exit !(b - a >= d) }'; do sleep 0.2; done
main_seconds=$(since "$t_start")
stop_wrk
main=$(harness_line main)

rss=(); hwm=()
for i in 0 2; do rss+=("$(rss_mb "${pid[$i]}")"); hwm+=("$(hwm_mb "${pid[$i]}")"); done

# --- 3. rolling restart with SIGTERM ---------------------------------------------------------------------------
log "rolling restart under load (wrk runs until it is over)"
start_wrk roll
t_roll=$(now)
stop_seconds=() restart_seconds=() exit_codes=()
for i in 0 1 2; do
  t_term=$(now)
  kill -TERM "${pid[$i]}"
  code=0; wait "${pid[$i]}" || code=$?
  exit_codes+=("$code")
  stop_seconds+=("$(since "$t_term")")
  t_up=$(now)
  start_replica "$i"
  wait_for 300 ready "$i"
  wait_for 60 lb_up "$i"
  restart_seconds+=("$(since "$t_up")")
done
roll_done=$(since "$t_roll")
stop_wrk
roll=$(harness_line roll)
log "rolling restart done in ${roll_done}s"

# --- report ----------------------------------------------------------------------------------------------------
{
  echo "### Replica harness: $DOCS news articles, 3 replicas + HAProxy, $(nproc) cores, wrk -c$CONNECTIONS"
  echo
  echo "| measure | value |"
  echo "|---|---:|"
  echo "| machine load average (1/5/15 min) before the throughput runs, and at the end | ${load_before} · $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo "| three replicas cold-started together, all \`/readyz\` 200 | ${cold_ready} s |"
  echo "| throughput straight to one replica (no HAProxy) | $(rps "$direct") req/s, p99 $(field "$direct" p99_ms) ms |"
  echo "| through HAProxy, 1 replica | $(rps "$via1") req/s, p99 $(field "$via1" p99_ms) ms |"
  echo "| through HAProxy, 2 replicas | $(rps "$via2") req/s, p99 $(field "$via2" p99_ms) ms |"
  echo "| through HAProxy, 3 replicas | $(rps "$via3") req/s, p99 $(field "$via3" p99_ms) ms |"
  echo "| replica CPU per search (3-replica run, all replicas' user+system time ÷ requests) | ${cpu_ms_per_request} ms |"
  echo "| main run (${main_seconds} s of wrk through HAProxy, kill and new files included): requests | $(field "$main" requests), p50 $(field "$main" p50_ms) ms, p99 $(field "$main" p99_ms) ms |"
  echo "| main run: errors seen by clients (non-2xx + socket errors) | $(errors "$main") ($(field "$main" non2xx) non-2xx, $(field "$main" socket_errors) socket) |"
  echo "| SIGKILLed replica: \`/readyz\` 200 again after restart (index kept) | ${rejoin_ready} s after the kill |"
  echo "| SIGKILLed replica: back in HAProxy rotation (UP) | ${rejoin_lb} s after the kill |"
  echo "| $NEW_FILES new files: found on every replica (polled directly) | ${fresh_all} s |"
  echo "| rolling restart with SIGTERM, 3 replicas one by one, all under wrk: requests | $(field "$roll" requests) in ${roll_done} s, p99 $(field "$roll" p99_ms) ms |"
  echo "| rolling restart: SIGTERM → exit (drain ${DRAIN} s, then finish), per replica | ${stop_seconds[*]} s (exit codes ${exit_codes[*]}) |"
  echo "| rolling restart: start → back in HAProxy (index kept), per replica | ${restart_seconds[*]} s |"
  echo "| rolling restart: errors seen by clients | $(errors "$roll") ($(field "$roll" non2xx) non-2xx, $(field "$roll" socket_errors) socket) |"
  echo "| replica RSS after the main run (now / peak) | ${rss[0]} / ${hwm[0]} MB, ${rss[1]} / ${hwm[1]} MB |"
} | tee "$OUT"
