#!/usr/bin/env bash
# Runs a command in a private world for tests: its own D-Bus session bus with a freshly created, unlocked
# gnome-keyring, and XDG folders in a temporary directory, so no test reads or writes a real user's keyring or
# settings. Widgets render offscreen. Everything is removed afterwards.
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 <command> [arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-test-session: $tool is missing; run scripts/install-deps.sh --test" >&2
        exit 1
    fi
done

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/salesbuddy-tests.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# Tests that need the keyring run only where it is there.
export SALESBUDDY_TEST_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

status=0
dbus-run-session -- bash -c '
    # A new login keyring, created with this throwaway password and left unlocked for the session.
    printf %s "salesbuddy-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # The daemon claims its bus name shortly after it returns; wait for it (up to 10 s) rather than race it.
    for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
        sleep 0.1
    done
    exec "$@"' with-test-session "$@" || status=$?
exit $status
