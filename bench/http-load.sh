#!/usr/bin/env bash
# HTTP load benchmark for the service: builds a Release `salesbuddy`, starts `salesbuddy serve` with rate limiting off
# and LOG_LEVEL=warn, and drives it with wrk. Results and how to read them: docs/PERFORMANCE.md.
#   bench/http-load.sh [seconds] [connections]     defaults: 10 s, 32 keep-alive connections
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-10}
connections=${2:-32}
port=${BENCH_PORT:-3097}

command -v wrk >/dev/null || { echo "http-load: wrk is missing: apt-get install wrk" >&2; exit 1; }
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build/bench --parallel 2 --target salesbuddy >/dev/null

# Server on one core, load generator on the other: on a 2-core machine they otherwise take turns on both and the
# numbers measure the scheduler.
RATE_LIMIT_ENABLED=false LOG_LEVEL=warn taskset -c 1 build/bench/app/salesbuddy serve --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
    sleep 0.1
done

echo "== GET /api/health, $connections connections, ${duration}s"
taskset -c 0 wrk -t1 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/api/health"
echo
echo "== POST /api/extract-entities, $connections connections, ${duration}s"
taskset -c 0 wrk -t1 -c"$connections" -d"${duration}s" --latency -s bench/wrk/extract.lua "http://127.0.0.1:$port/api/extract-entities"
echo
echo "== server resident memory after the runs"
grep VmRSS "/proc/$server/status"
