#!/usr/bin/env bash
# Docker end-to-end check: build the image, run it over a mounted temp documents folder, and prove that
# it becomes ready, finds the shipped article with a highlight, counts searches at /metrics, reindexes a file added
# through the mount, answers its HEALTHCHECK, runs as a non-root user, logs JSON lines and stops cleanly on SIGTERM.
# Prints one "docker e2e: N passed, N failed" line.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$repo/.." && pwd)/shared"
cd "$repo"

image="${E2E_IMAGE:-searchservice:e2e}"
ready_deadline="${E2E_READY_SECONDS:-180}"
reindex_deadline="${E2E_REINDEX_SECONDS:-15}"
passed=0 failed=0 cid="" docs=""

pass() { passed=$((passed + 1)); echo "PASS: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
finish() {
  echo "docker e2e: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}
cleanup() {
  if [ -n "$cid" ]; then
    [ "$failed" -gt 0 ] && docker logs --tail 80 "$cid" 2>&1 | sed 's/^/  container: /'
    docker rm -f -v "$cid" >/dev/null 2>&1 || true
  fi
  [ -n "$docs" ] && rm -rf "$docs"
}
trap cleanup EXIT

# Polls a command until it succeeds or the deadline (seconds) passes; no fixed sleeps as synchronisation.
wait_for() {
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.5
  done
}

if ! bash "$shared/docker/prepare-offline-base-images.sh"; then
  fail "docker engine and base images could not be prepared"
  finish
fi

if docker build -t "$image" . ; then pass "image builds"; else fail "image builds"; finish; fi

# The image ships an index of its articles, built at image build time: the search verb answers from it at once,
# with no service running and no network. Redirected output marks matches with [ ].
cli="$(docker run --rm --network none "$image" search "ماسك" 2>&1)"
cli_status=$?
if [ "$cli_status" -eq 0 ] && grep -q '^1\. ' <<<"$cli" && grep -q '\[ماسك\]' <<<"$cli"; then
  pass "docker run IMAGE search \"ماسك\" prints a ranked result with a marked snippet"
else
  fail "docker run IMAGE search \"ماسك\" prints a ranked result with a marked snippet (exit $cli_status)"
  tail -20 <<<"$cli" | sed 's/^/  cli: /'
fi

# The container's `app` user (uid 1654) must read the mounted folder: mktemp makes it private.
docs="$(mktemp -d)"
cp -r index-data/. "$docs/"
chmod -R a+rX "$docs"

port="${E2E_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18480)}"
base="http://127.0.0.1:$port"
# Hardened the way SECURITY.md recommends: read-only root file system, a tmpfs for temp files, the index on its
# (anonymous) volume and the documents mounted read-only. Everything below runs against this container.
hardening=(--read-only --tmpfs /tmp:rw,size=64m)
if docker network inspect bridge >/dev/null 2>&1; then
  cid="$(docker run -d "${hardening[@]}" -p "127.0.0.1:$port:8080" -v "$docs:/data/documents:ro" "$image")"
else
  # An engine without a bridge network (see shared/docker/README.md): host networking on loopback.
  cid="$(docker run -d "${hardening[@]}" --network host -e ASPNETCORE_URLS="$base" -e ASPNETCORE_HTTP_PORTS="$port" \
    -v "$docs:/data/documents:ro" "$image")"
fi
if [ -z "$cid" ]; then fail "container starts"; finish; fi

ready() { curl -fs -o /dev/null "$base/readyz"; }
if wait_for "$ready_deadline" ready; then pass "ready (/readyz 200) within ${ready_deadline}s, with --read-only and documents mounted :ro"; else fail "ready within ${ready_deadline}s"; docker logs "$cid" 2>&1 | tail -20; finish; fi

search() { curl -fsS --get --data-urlencode "q=$1" "$base/api/search"; }
# Fetched whole before grep: `curl | grep -q` fails under pipefail when grep stops reading a large body early.
has() { local body; body="$(curl -fsS "$base$1")" && grep -qE "$2" <<<"$body"; }
# The API escapes '<' in JSON either literally or as \u003C; accept both.
has_mark() { local body; body="$(cat)"; grep -qiE '<mark>|\\u003cmark\\u003e' <<<"$body"; }
if search "ماسك" | has_mark; then pass "shipped article found with a <mark> snippet"; else fail "shipped article found with a <mark> snippet"; fi

if has / 'dir="rtl"'; then pass "page served at /"; else fail "page served at /"; fi
if has /openapi/v1.json '"/api/search/?"'; then pass "OpenAPI document at /openapi/v1.json"; else fail "OpenAPI document at /openapi/v1.json"; fi
reference() { has /docs/ 'src="scalar.js"' && curl -fsS -o /dev/null "$base/docs/scalar.js"; }
if reference; then pass "API reference at /docs, its script served from the image"; else fail "API reference at /docs, its script served from the image"; fi

# The searches above are counted: the Prometheus endpoint answers with our metrics.
if has /metrics '^searchservice_searches_total\{'; then pass "/metrics counts the searches"; else fail "/metrics counts the searches"; fi

token="dockerprobe$RANDOM$RANDOM"
printf 'مقال جديد أضيف إلى المجلد المركّب أثناء التشغيل لاختبار إعادة الفهرسة.\n\nكلمة الاختبار %s في هذا النص.\n' "$token" \
  > "$docs/e2e-new-article.txt"
chmod a+r "$docs/e2e-new-article.txt"
found_new() { local body; body="$(search "$token")" && grep -q 'e2e-new-article' <<<"$body"; }
if wait_for "$reindex_deadline" found_new; then
  pass "article added through the mount found within ${reindex_deadline}s"
else
  fail "article added through the mount found within ${reindex_deadline}s"
fi

uid="$(docker exec "$cid" id -u 2>/dev/null || echo unknown)"
if [ "$uid" != "0" ] && [ "$uid" != "unknown" ]; then pass "runs as non-root (uid $uid)"; else fail "runs as non-root (uid $uid)"; fi

healthy() { [ "$(docker inspect --format '{{.State.Health.Status}}' "$cid" 2>/dev/null)" = healthy ]; }
if wait_for 60 healthy; then pass "HEALTHCHECK reports healthy"; else fail "HEALTHCHECK reports healthy"; fi

# The image logs one JSON object per line (a log shipper's input), events with their ids and fields.
json_logs() {
  docker logs "$cid" 2>&1 | python3 -c '
import json, sys
entries = [json.loads(line) for line in sys.stdin if line.strip()]
assert any(e["EventId"] == 4001 and "DocumentsRoot" in e["State"] for e in entries), "no worker-started (4001) entry with its fields"
'
}
if json_logs; then pass "logs are JSON lines with event ids and fields"; else fail "logs are JSON lines with event ids and fields"; fi

# docker stop sends SIGTERM: the service finishes, commits and exits 0 well within the 10 s before SIGKILL.
if docker stop -t 10 "$cid" >/dev/null \
  && [ "$(docker inspect --format '{{.State.ExitCode}}' "$cid")" = 0 ] \
  && docker logs "$cid" 2>&1 | grep -c '"EventId":4002' >/dev/null; then
  pass "docker stop: exit code 0 after the worker stopped"
else
  fail "docker stop: exit code 0 after the worker stopped"
fi
if docker rm -v "$cid" >/dev/null; then
  cid=""
  pass "container is removed"
else
  fail "container is removed"
fi
finish
