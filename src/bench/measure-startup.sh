#!/usr/bin/env bash
# Measures ONA Koers start-up: seconds from launching the uber jar until /health/ready answers
# UP, and the resident memory (RSS) of the JVM right after. Runs the jar twice on one data
# folder: a first start (schema migration, key generation) and a restart (data kept).
#
#   src/bench/measure-startup.sh            (build first: ./ona build)
set -euo pipefail
cd "$(dirname "$0")/../.."

java_home=$(./ona java-home)
port=${PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

measure() {
  local label=$1 start pid seconds rss
  start=$(date +%s.%N)
  ONA_DATA_DIR="$data" "$java_home/bin/java" -jar target/ona-koers.jar --nocluster \
    --port "$port" >"$data/$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the tool exited; see $data/$label.log"; exit 1; fi
    sleep 0.2
  done
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  printf '%-12s ready after %5.1f s, resident memory %4d MiB\n' "$label" "$seconds" "$rss"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure first-start
measure restart
