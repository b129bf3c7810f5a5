#!/usr/bin/env bash
# The quick start: installs what is missing, builds, and starts the console. Without a display it starts the
# headless service (`salesbuddy serve`) instead, and says so. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build/release --parallel 2

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "Starting Sales Buddy Console (build/release/app/salesbuddy-console)."
    exec build/release/app/salesbuddy-console "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so starting the headless service instead:"
echo "  build/release/app/salesbuddy serve $*"
exec build/release/app/salesbuddy serve "$@"
