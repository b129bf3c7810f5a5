#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, builds with warnings as errors, AddressSanitizer,
# UndefinedBehaviorSanitizer and hardening flags, builds the request fuzzer with clang, then runs every test (the
# fuzzer for a bounded time among them) through CTest inside a private D-Bus session with its own unlocked
# gnome-keyring (scripts/with-test-session.sh). Extra arguments go to ctest.
#
# Then, when run as root (as CI is), it checks the Debian package end to end: a Release build of the two programs,
# packed, linted, installed with apt-get, run from the installed paths, and purged (packaging/linux/check-deb.sh).
# It refuses to touch a salesbuddy package installed already. SALESBUDDY_SKIP_PACKAGE_CHECK=1 leaves this out.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test

# libFuzzer comes with clang, so the fuzz target gets a build of its own; it needs the core library only.
# -O1 and line tables only: all that sanitizers, their stack traces and fuzzing need, and quicker to build than -O2 -g.
ci_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
# A unity build: the fuzzers need the instrumented core once, and it compiles in a third of the time.
cmake -S . -B build/fuzz -G Ninja "${ci_flags[@]}" -DCMAKE_CXX_COMPILER=clang++ \
    -DSALESBUDDY_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build build/fuzz --parallel 2 --target request_fuzzer extractor_fuzzer

cmake -S . -B build/ci -G Ninja "${ci_flags[@]}" \
    -DSALESBUDDY_WERROR=ON -DSALESBUDDY_HARDENING=ON -DSANITIZE=address,undefined \
    -DSALESBUDDY_FUZZ_DIR="$PWD/build/fuzz/tests/fuzz" >/dev/null
cmake --build build/ci --parallel 2

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scripts/with-test-session.sh ctest --test-dir build/ci --output-on-failure --parallel 2 "$@"

if [ "${SALESBUDDY_SKIP_PACKAGE_CHECK:-}" = 1 ]; then
    echo "test: package check skipped (SALESBUDDY_SKIP_PACKAGE_CHECK=1)"
elif [ "$(id -u)" -ne 0 ]; then
    echo "test: package check skipped: it installs and removes a system package, so it runs only as root" \
         "(as CI does); run it with: sudo packaging/linux/check-deb.sh build/pkg after a Release build there"
else
    # A unity build: the check needs the two programs once, not fast rebuilds, and it compiles in well under half the
    # time of a file-by-file build.
    cmake -S . -B build/pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
    cmake --build build/pkg --parallel 2
    packaging/linux/check-deb.sh build/pkg
fi
