#!/usr/bin/env bash
# Offline extractor benchmarks (Google Benchmark): corpus throughput on one core, start-up, pathological inputs at
# the 20,000-character limit. Builds a Release tree in build/bench. Results and how to read them: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q 'install ok installed' ||
    { echo "extractor.sh: Google Benchmark is missing: apt-get install libbenchmark-dev" >&2; exit 1; }
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DSALESBUDDY_BENCHMARKS=ON >/dev/null
cmake --build build/bench --parallel 2 --target extractor_bench >/dev/null
# One core, so the number is per core whatever the machine.
exec taskset -c 1 build/bench/bench/extractor_bench "$@"
