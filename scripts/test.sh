#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds with warnings as errors, AddressSanitizer,
# UndefinedBehaviorSanitizer and hardening flags, then runs every test through CTest inside a private D-Bus session
# with its own unlocked gnome-keyring (scripts/with-test-session.sh). Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSALESBUDDY_WERROR=ON -DSALESBUDDY_HARDENING=ON -DSANITIZE=address,undefined >/dev/null
cmake --build build/ci --parallel 2

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scripts/with-test-session.sh ctest --test-dir build/ci --output-on-failure --parallel 2 "$@"
