#!/usr/bin/env bash
# Installs the Debian / Ubuntu packages Sales Buddy Console needs, and only those that are missing.
#   scripts/install-deps.sh          what building and running needs
#   scripts/install-deps.sh --test   that, plus what the test suite needs (keyring, D-Bus, X virtual framebuffer,
#                                    clang and its libFuzzer runtime for the fuzz test, the package checkers)
# Safe to run again: when everything is present it says so and returns at once.
set -euo pipefail

build_packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev
    libphonenumber-dev libpcre2-dev libmimalloc-dev
    fonts-dejavu-core
)
test_packages=(
    libgtest-dev libgmock-dev
    gnome-keyring dbus xvfb xauth
    clang
    lintian desktop-file-utils appstream curl
)

wanted=("${build_packages[@]}")
case "${1:-}" in
    --test) wanted+=("${test_packages[@]}") ;;
    "") ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: this script knows Debian and Ubuntu (apt). On macOS or Windows, see README.md." >&2
    exit 1
fi

# Installs whichever of the given packages are missing; says what it does.
ensure_installed() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "install-deps: need root to install: ${missing[*]}. Run as root or install sudo." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "${updated:-}" ]; then
        "${sudo[@]}" apt-get update -q
        updated=1
    fi
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    installed_any=1
}

installed_any=""
ensure_installed "${wanted[@]}"
if [ "${1:-}" = "--test" ]; then
    # libFuzzer's runtime is packaged per clang version (Debian 12: 14, Ubuntu 24.04: 18).
    clang_major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n1)
    ensure_installed "libclang-rt-${clang_major}-dev"
    wanted+=("libclang-rt-${clang_major}-dev")
fi

if [ -z "$installed_any" ]; then
    echo "install-deps: all ${#wanted[@]} required packages are installed."
    exit 0
fi
echo "install-deps: done."
