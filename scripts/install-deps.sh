#!/usr/bin/env bash
# Installs the Debian / Ubuntu packages Sales Buddy Console needs, and only those that are missing.
#   scripts/install-deps.sh          what building and running needs
#   scripts/install-deps.sh --test   that, plus what the test suite needs (keyring, D-Bus, X virtual framebuffer)
# Safe to run again: when everything is present it says so and returns at once.
set -euo pipefail

build_packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    fonts-dejavu-core
)
test_packages=(
    libgtest-dev libgmock-dev
    gnome-keyring dbus xvfb xauth
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

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} required packages are installed."
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: need root to install: ${missing[*]}. Run as root or install sudo." >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done."
