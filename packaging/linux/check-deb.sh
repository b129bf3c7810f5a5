#!/usr/bin/env bash
# Checks the Debian package end to end on this machine, as CI does:
#   packaging/linux/check-deb.sh <build-dir>
# <build-dir> is an existing, built CMake build folder (for example a Release build with -DBUILD_TESTING=OFF); this
# script configures and compiles nothing. It
#   1. packs the .deb with CPack (and the .rpm, when rpmbuild is there) into a temporary folder,
#   2. runs lintian (errors fail the check), desktop-file-validate and appstreamcli validate --no-net,
#   3. installs the .deb with apt-get, runs `salesbuddy --version`, starts `salesbuddy serve` from /usr/bin on a free
#      port and asks /api/health, and starts the console offscreen from its desktop entry's Exec line,
#   4. purges the package and checks that every file it installed is gone.
# Needs root (it installs and removes a system package) but no display or D-Bus session, and never touches a
# keyring: the programs run with temporary settings and data folders. Refuses to run when salesbuddy is installed
# already, since it would remove it. Exits non-zero at the first failure, saying what failed.
set -euo pipefail

readonly package=salesbuddy
readonly app_id=app.salesbuddy.Console

say() { echo "check-deb: $*"; }
fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}

if [ $# -ne 1 ]; then
    echo "usage: $0 <build-dir>   (an existing, built CMake build folder)" >&2
    exit 2
fi
build=$(cd "$1" 2>/dev/null && pwd) || fail "build folder '$1' does not exist"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake: configure it with CMake first"
for program in salesbuddy salesbuddy-console; do
    [ -x "$build/app/$program" ] || fail "$build/app/$program is missing: build the folder first"
done
[ "$(id -u)" -eq 0 ] || fail "run as root: the check installs and removes the $package package"

missing=()
for tool in cpack:cmake lintian:lintian desktop-file-validate:desktop-file-utils appstreamcli:appstream curl:curl \
    apt-get:apt dpkg-deb:dpkg; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
[ ${#missing[@]} -eq 0 ] || fail "missing tools; install them with: apt-get install ${missing[*]}"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed'; then
    fail "$package is installed already; this check installs and purges it, so remove it first (apt-get purge $package)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/check-deb.XXXXXX")
chmod 755 "$work" # apt's unprivileged _apt user reads the .deb from here
# CPack runs the build tool in the build folder, as root here. Whatever that creates or replaces there is given back
# to the folder's owner at the end, so that a later cpack or build by that user (sudo's caller, CI's runner) works.
build_owner=$(stat -c '%u:%g' "$build")
installed_by_us=""
pids=()
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    find "$build" -xdev \( \! -user "${build_owner%%:*}" -o \! -group "${build_owner##*:}" \) \
        -exec chown -h "$build_owner" {} + 2>/dev/null || true
    if [ -n "$installed_by_us" ] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed'; then
        echo "check-deb: cleaning up: purging $package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    [ $status -eq 0 ] || echo "check-deb: the check failed (exit $status)" >&2
}
trap cleanup EXIT

# A TCP port nothing listens on. Connecting is the portable test (no ss or netstat needed); the programs report a
# taken port themselves should another process win the race.
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    fail "found no free TCP port"
}

# Waits up to $2 seconds for /api/health on port $1 while process $3 lives; prints the body.
wait_for_health() {
    local port=$1 seconds=$2 pid=$3 body
    for _ in $(seq $((seconds * 5))); do
        kill -0 "$pid" 2>/dev/null || return 1
        if body=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/api/health" 2>/dev/null); then
            echo "$body"
            return 0
        fi
        sleep 0.2
    done
    return 1
}

# Stops process $1 with SIGTERM, as systemd would, and sets stopped_status to its exit status ("killed" when it was
# still running 10 s later). Not run in $(…): only this shell can wait for its own children.
stop() {
    local pid=$1
    stopped_status=0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        stopped_status=killed
        return 0
    fi
    wait "$pid" || stopped_status=$?
}

# The programs run as a user would, but in folders of their own: no real settings, no keyring, no display.
isolated_env=(env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY -u NODE_ENV -u SALESBUDDY_ENV -u PORT
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
    SALESBUDDY_CONFIG_DIR="$work/config" SALESBUDDY_DATA_DIR="$work/data"
    SALESBUDDY_ADMIN_TOKEN="check-deb-$RANDOM$RANDOM$RANDOM$RANDOM")
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"

# --- 1. Pack ----------------------------------------------------------------------------------------------------------
say "packing the .deb from $build"
(cd "$build" && cpack -G DEB -B "$work/packages" >"$work/cpack-deb.log" 2>&1) ||
    { cat "$work/cpack-deb.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/packages/"${package}"_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no ${package}_*.deb"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
say "built $(basename "$deb")"

if command -v rpmbuild >/dev/null 2>&1 && command -v rpm >/dev/null 2>&1; then
    (cd "$build" && cpack -G RPM -B "$work/packages" >"$work/cpack-rpm.log" 2>&1) ||
        { cat "$work/cpack-rpm.log" >&2; fail "cpack -G RPM failed"; }
    rpms=("$work"/packages/"${package}"-*.rpm)
    # The listing goes to a file first: rpm writes it line by line, so a 'grep -q' that stops at the first match
    # could kill rpm with SIGPIPE, and under pipefail the check would then fail at random.
    rpm -qpl "${rpms[0]}" >"$work/rpm-files.txt" 2>/dev/null || fail "rpm cannot list the files of $(basename "${rpms[0]}")"
    grep -qx /usr/bin/salesbuddy "$work/rpm-files.txt" || fail "the .rpm does not install /usr/bin/salesbuddy"
    say "built $(basename "${rpms[0]}") (it installs /usr/bin/salesbuddy)"
else
    say "rpmbuild not found (Debian package rpm): the .rpm is not checked"
fi

# --- 2. Static checks -------------------------------------------------------------------------------------------------
say "lintian (errors fail the check; warnings are listed)"
lintian_status=0
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
grep -v '^running with root privileges' "$work/lintian.log" | sed 's/^/  /' || true
[ $lintian_status -eq 0 ] || fail "lintian reported errors (exit $lintian_status)"

# --- 3. Install and run -----------------------------------------------------------------------------------------------
say "installing with apt-get"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1 ||
    { cat "$work/apt-install.log" >&2; fail "apt-get install failed (no package lists? run apt-get update)"; }
dpkg-query -L "$package" >"$work/files.txt"

desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
for file in /usr/bin/salesbuddy /usr/bin/salesbuddy-console "$desktop" "$metainfo" \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/icons/hicolor/256x256/apps/$app_id.png \
    /usr/share/man/man1/salesbuddy.1.gz /usr/share/doc/$package/copyright /usr/share/doc/$package/changelog.Debian.gz \
    /usr/lib/systemd/system/salesbuddy.service /usr/lib/systemd/user/salesbuddy.service; do
    [ -e "$file" ] || fail "the package did not install $file"
done
desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $desktop"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli validate rejected $metainfo"; }
for unit in /usr/lib/systemd/system/salesbuddy.service /usr/lib/systemd/user/salesbuddy.service; do
    # shellcheck disable=SC2016 # the unit's own $VARIABLE, literally
    grep -qx 'ExecStart=/usr/bin/salesbuddy serve $SALESBUDDY_SERVE_OPTIONS' "$unit" ||
        fail "$unit does not start /usr/bin/salesbuddy"
done
say "desktop entry, AppStream metadata and systemd units are valid"

[ "$(command -v salesbuddy)" = /usr/bin/salesbuddy ] || fail "salesbuddy is not found as /usr/bin/salesbuddy on PATH"
reported=$("${isolated_env[@]}" salesbuddy --version) || fail "salesbuddy --version failed"
[ "$reported" = "salesbuddy ${version%-*}" ] ||
    fail "salesbuddy --version printed '$reported', expected 'salesbuddy ${version%-*}'"
say "salesbuddy --version: $reported"

port=$(free_port)
say "starting /usr/bin/salesbuddy serve --port $port"
"${isolated_env[@]}" /usr/bin/salesbuddy serve --port "$port" >"$work/serve.log" 2>&1 &
serve_pid=$!
pids+=("$serve_pid")
if ! health=$(wait_for_health "$port" 20 "$serve_pid"); then
    cat "$work/serve.log" >&2
    fail "salesbuddy serve did not answer http://127.0.0.1:$port/api/health within 20 s"
fi
case "$health" in
    *'"status":"healthy"'*'"version":"'"${version%-*}"'"'*) ;;
    *) fail "unexpected /api/health answer (expected healthy and version ${version%-*}): $health" ;;
esac
say "/api/health: $health"
stop "$serve_pid"
[ "$stopped_status" = 0 ] ||
    { cat "$work/serve.log" >&2; fail "salesbuddy serve did not exit cleanly on SIGTERM ($stopped_status)"; }

# The Exec line as a launcher would run it: field codes (%f, %U, …) expand to nothing without files to open.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
[ -n "$exec_line" ] || fail "$desktop has no Exec line"
read -r -a console_command <<<"${exec_line// %[fFuUick]/}"
[ "$(command -v "${console_command[0]}")" = /usr/bin/salesbuddy-console ] ||
    fail "the Exec line's program '${console_command[0]}' is not /usr/bin/salesbuddy-console"
console_port=$(free_port)
say "starting the console offscreen from the desktop entry: $exec_line (service port $console_port)"
"${isolated_env[@]}" QT_QPA_PLATFORM=offscreen PORT="$console_port" "${console_command[@]}" >"$work/console.log" 2>&1 &
console_pid=$!
pids+=("$console_pid")
# Up means: still running, and the service inside it answers, which happens only once its window and runtime are
# built. Then it must stay up for a few seconds more.
if ! wait_for_health "$console_port" 20 "$console_pid" >/dev/null; then
    cat "$work/console.log" >&2
    fail "the console exited or its service did not answer on port $console_port within 20 s"
fi
sleep 3
kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log" >&2; fail "the console exited after starting"; }
stop "$console_pid"
[ "$stopped_status" = 0 ] ||
    { cat "$work/console.log" >&2; fail "the console did not exit cleanly on SIGTERM ($stopped_status)"; }
say "the console ran offscreen, its service answered, and it closed on SIGTERM"

# --- 4. Remove --------------------------------------------------------------------------------------------------------
say "purging with apt-get"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "$package" >"$work/apt-purge.log" 2>&1 ||
    { cat "$work/apt-purge.log" >&2; fail "apt-get purge failed"; }
installed_by_us=""
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed'; then
    fail "$package is still installed after apt-get purge"
fi
left=()
while IFS= read -r path; do
    # Only files and links: shared folders such as /usr/share/man stay, as they should.
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        left+=("$path")
    fi
done <"$work/files.txt"
[ ${#left[@]} -eq 0 ] || fail "files left after purge: ${left[*]}"
[ ! -e /usr/share/doc/$package ] || fail "/usr/share/doc/$package is left after purge"
say "purged; none of the $(wc -l <"$work/files.txt") paths it installed is left"
say "OK: $(basename "$deb") passed"
