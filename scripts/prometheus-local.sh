#!/usr/bin/env bash
# Starts a real Prometheus (Debian's `prometheus` package, 2.x) against the local runtime
# (./run-local), then checks that it scrapes all four services and that every alert rule
# evaluates without error. Prometheus keeps running until Ctrl-C unless --check-only is given.
#   scripts/prometheus-local.sh [--check-only] [--port 9091]
set -euo pipefail
cd "$(dirname "$0")/.."

port=9091; check_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --check-only) check_only=true ;;
    --port) port="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v prometheus > /dev/null || { echo "prometheus is not installed: apt-get install prometheus" >&2; exit 2; }

work=.local/prometheus
mkdir -p "$work/data"
sed -e 's#"\([a-z-]*-service\):\(808[1-4]\)"#"127.0.0.1:\2"#' \
    -e "s#/etc/prometheus/rules/\*.yml#$(pwd)/observability/prometheus/rules/*.yml#" \
    -e 's#scrape_interval: 15s#scrape_interval: 5s#; s#evaluation_interval: 15s#evaluation_interval: 5s#' \
    -e '/^alerting:/,/^$/d' \
    observability/prometheus/prometheus.yml > "$work/prometheus.yml"

echo "Starting Prometheus on http://127.0.0.1:$port (log: $work/prometheus.log)"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="127.0.0.1:$port" > "$work/prometheus.log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null || true' EXIT

api() { curl -fsS "http://127.0.0.1:$port/api/v1/$1"; }
for _ in $(seq 1 30); do api status/buildinfo > /dev/null 2>&1 && break; sleep 1; done
echo "Waiting for two scrapes and two rule evaluations..."
sleep 12

targets=$(api targets | python3 -c "$(cat <<'PY'
import json, sys
active = json.load(sys.stdin)["data"]["activeTargets"]
for t in active:
    print("%-24s %-6s %s %s" % (t["labels"].get("service", "?"), t["health"], t["scrapeUrl"], t["lastError"]))
print("up: %d of %d" % (sum(t["health"] == "up" for t in active), len(active)))
PY
)")
echo "$targets"
rules=$(api rules | python3 -c "$(cat <<'PY'
import json, sys
rules = [r for g in json.load(sys.stdin)["data"]["groups"] for r in g["rules"]]
for r in rules:
    print("%-28s health=%-4s state=%-8s %s" % (r["name"], r["health"], r.get("state", "-"), r.get("lastError", "")))
print("rules ok: %d of %d" % (sum(r["health"] == "ok" for r in rules), len(rules)))
PY
)")
echo "$rules"

ok=true
echo "$targets" | grep -q "^up: 4 of 4" || ok=false
echo "$rules" | tail -1 | grep -qE "^rules ok: ([0-9]+) of \1$" || ok=false
if $ok; then echo "OK: every target is up and every rule evaluates"; else echo "FAILED" >&2; fi
if $check_only || ! $ok; then $ok; exit; fi
echo "Prometheus keeps running on http://127.0.0.1:$port; Ctrl-C stops it."
wait $pid
