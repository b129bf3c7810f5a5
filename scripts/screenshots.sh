#!/usr/bin/env bash
# Renders every panel of the console at 1280×800, light and dark, into docs/screenshots/ — the pictures README.md,
# docs/USER_GUIDE.md and the AppStream metadata show. Uses the screenshot test of an existing build with tests
# (scripts/test.sh leaves one in build/ci), under Xvfb and the private session the test suite uses:
#   scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
program="$build/tests/screenshot_tests"
if [ ! -x "$program" ]; then
    echo "screenshots: $program is missing; run scripts/test.sh first, or pass a build folder with tests" >&2
    exit 1
fi
export ASAN_OPTIONS="detect_leaks=0" # a sanitizer build's leak report would only add noise here
exec scripts/with-test-session.sh env QT_QPA_PLATFORM=xcb LOG_LEVEL=warn \
    SALESBUDDY_SCREENSHOT_DIR="$PWD/docs/screenshots" \
    xvfb-run -a -s "-screen 0 1920x1200x24" "$program"
