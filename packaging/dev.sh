#!/usr/bin/env bash
# Portolan's one entry point for developers and CI.
#
#   packaging/dev.sh run         install what is missing, build, create the demo portal, open the app
#                                (with the demo actions' example backend running beside it)
#   packaging/dev.sh test        install what is missing, build, run the whole test suite (CTest)
#   packaging/dev.sh build       install what is missing, build into build/
#   packaging/dev.sh exec CMD…   run CMD in the build environment (e.g. build/bin/portolan stats)
#
# Hosts with Qt >= 6.5 and KF6 SyntaxHighlighting build natively. Older hosts (Debian 12, our
# machines) get a Debian 13 build root made with debootstrap and entered with bubblewrap; it lives
# outside the checkout, is created under a lock and is rebuilt only when its package list changes.
set -euo pipefail

checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
packages_file="$checkout/packaging/buildroot/packages.txt"
build_dir="$checkout/build"
if [ -n "${PORTOLAN_BUILDROOT_BASE:-}" ]; then
    cache_base=$PORTOLAN_BUILDROOT_BASE
elif [ -n "${XDG_CACHE_HOME:-}" ]; then
    cache_base=$XDG_CACHE_HOME/portolan
elif [ -n "${HOME:-}" ]; then
    cache_base=$HOME/.cache/portolan
else
    cache_base=/var/cache/portolan # no home (some CI runners)
fi
mirror=${PORTOLAN_DEBIAN_MIRROR:-http://deb.debian.org/debian}

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

root_packages() { grep -v '^\s*#' "$packages_file" | grep -v '^\s*$'; }

# --- native hosts ---------------------------------------------------------------------------

host_has_toolchain() {
    command -v cmake >/dev/null && command -v ninja >/dev/null && command -v pkg-config >/dev/null || return 1
    pkg-config --atleast-version=6.5 Qt6Core 2>/dev/null || return 1
    pkg-config --exists libjq libgvc yaml-cpp sqlite3 2>/dev/null || return 1
    local dir
    for dir in /usr/lib/cmake /usr/lib64/cmake /usr/lib/*/cmake; do
        [ -d "$dir/KF6SyntaxHighlighting" ] && return 0
    done
    return 1
}

host_qt_is_recent() {
    # Can the host's own packages give Qt >= 6.5? (Debian 13+, Ubuntu 24.10+, Fedora, Arch: yes.)
    . /etc/os-release 2>/dev/null || return 1
    case " ${ID:-} ${ID_LIKE:-} " in
        *" debian "*|*" ubuntu "*)
            local candidate
            candidate=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
            if [ -z "$candidate" ]; then # no package lists yet on a fresh machine
                as_root apt-get update -qq >/dev/null 2>&1 || true
                candidate=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
            fi
            [ -n "$candidate" ] && [ "$candidate" != "(none)" ] && dpkg --compare-versions "$candidate" ge 6.5 ;;
        *" fedora "*|*" arch "*) return 0 ;;
        *) return 1 ;;
    esac
}

install_native() {
    . /etc/os-release
    say "installing build dependencies from ${PRETTY_NAME:-this host}"
    case " ${ID:-} ${ID_LIKE:-} " in
        *" debian "*|*" ubuntu "*)
            as_root apt-get update -qq
            # shellcheck disable=SC2046
            as_root apt-get install -y --no-install-recommends $(root_packages) ;;
        *" fedora "*)
            as_root dnf install -y gcc-c++ cmake ninja-build pkgconf qt6-qtbase-devel qt6-qtcharts-devel \
                qt6-qtsvg-devel qt6-qthttpserver-devel qt6-qtwebsockets-devel qt6-qttools-devel \
                kf6-syntax-highlighting-devel extra-cmake-modules qtkeychain-qt6-devel jq-devel \
                graphviz-devel yaml-cpp-devel sqlite-devel dejavu-sans-fonts ;;
        *" arch "*)
            as_root pacman -S --needed --noconfirm gcc cmake ninja pkgconf qt6-base qt6-charts qt6-svg \
                qt6-httpserver qt6-websockets qt6-tools syntax-highlighting extra-cmake-modules \
                qtkeychain-qt6 jq graphviz yaml-cpp sqlite ttf-dejavu ;;
        *) die "unknown distribution '${ID:-?}': install Qt >= 6.5, KF6 SyntaxHighlighting, libjq, graphviz and yaml-cpp" ;;
    esac
}

# --- the Debian 13 build root ---------------------------------------------------------------

root_dir() {
    local hash
    hash=$( (root_packages; echo "$mirror") | sha256sum | cut -c1-12)
    echo "$cache_base/trixie-$hash"
}

ensure_build_root() {
    local root lock
    root=$(root_dir)
    [ -f "$root/.portolan-ready" ] && return 0
    command -v debootstrap >/dev/null && command -v bwrap >/dev/null || {
        say "installing debootstrap and bubblewrap on the host"
        as_root apt-get update -qq
        # debian-archive-keyring lets debootstrap check Debian's signatures on non-Debian hosts too.
        as_root apt-get install -y -qq debootstrap bubblewrap debian-archive-keyring
    }
    mkdir -p "$cache_base"
    lock="$cache_base/.lock"
    exec 9>"$lock"
    say "waiting for the build-root lock ($lock)"
    flock 9
    if [ ! -f "$root/.portolan-ready" ]; then
        say "creating the Debian 13 build root in $root (a few minutes, once)"
        as_root rm -rf "$root.partial"
        as_root debootstrap --variant=minbase trixie "$root.partial" "$mirror" >"$cache_base/debootstrap.log" 2>&1 \
            || die "debootstrap failed; see $cache_base/debootstrap.log"
        # shellcheck disable=SC2046
        as_root chroot "$root.partial" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
            sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(root_packages | tr '\n' ' ')" \
            >"$cache_base/apt.log" 2>&1 || die "installing packages in the build root failed; see $cache_base/apt.log"
        as_root chroot "$root.partial" apt-get clean
        as_root touch "$root.partial/.portolan-ready"
        as_root mv "$root.partial" "$root"
        # Old roots (other package lists) are dropped; only the current one is kept.
        for old in "$cache_base"/trixie-*; do
            [ "$old" = "$root" ] || as_root rm -rf "$old"
        done
    fi
    flock -u 9
}

in_env() {
    if [ "${PORTOLAN_NATIVE:-}" = 1 ]; then "$@"; return; fi
    local root args
    root=$(root_dir)
    args=(--bind "$root" / --dev /dev --proc /proc --tmpfs /tmp --bind "$checkout" "$checkout")
    if [ -n "${HOME:-}" ] && [ -d "$HOME" ] && [ "$HOME" != / ]; then args+=(--bind "$HOME" "$HOME"); fi
    # The checkout may live under $HOME; bind it again so it wins over the home bind.
    args+=(--bind "$checkout" "$checkout")
    [ -d /tmp/.X11-unix ] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && args+=(--bind "$XAUTHORITY" "$XAUTHORITY")
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
    [ -d /run/user ] || true
    bwrap "${args[@]}" --chdir "$PWD" \
        --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

prepare() {
    if [ "${PORTOLAN_NATIVE:-}" = 1 ] || host_has_toolchain; then
        export PORTOLAN_NATIVE=1
    elif host_qt_is_recent; then
        install_native
        export PORTOLAN_NATIVE=1
    else
        ensure_build_root
    fi
}

build() {
    in_env cmake -S "$checkout" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${PORTOLAN_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
    in_env cmake --build "$build_dir" --parallel "$(nproc)"
}

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

# The demo actions' webhooks go to the example backend on 127.0.0.1:8931; it runs while the app
# does. Both get the same PORTOLAN_WEBHOOK_SECRET (a random one unless it is set), which signs
# every webhook.
start_example_backend() {
    local backend="$build_dir/bin/portolan-example-backend"
    [ -x "$backend" ] || return 0
    if [ -z "${PORTOLAN_WEBHOOK_SECRET:-}" ]; then
        PORTOLAN_WEBHOOK_SECRET=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
    fi
    export PORTOLAN_WEBHOOK_SECRET
    # A process group of its own (job control), so that stopping it stops bwrap and the backend.
    set -m
    in_env "$backend" >"$build_dir/example-backend.log" 2>&1 &
    example_backend=$!
    set +m
    trap stop_example_backend EXIT
    say "example backend on http://127.0.0.1:8931 (log: $build_dir/example-backend.log)"
}

stop_example_backend() {
    [ -n "${example_backend:-}" ] && kill -- "-$example_backend" 2>/dev/null || true
    example_backend=
}

run_app() {
    local db
    db=$(in_env "$build_dir/bin/portolan" where-db)
    if [ ! -f "$db" ]; then
        say "creating the demo portal in $db"
        in_env "$build_dir/bin/portolan" demo
    fi
    start_example_backend
    if has_display; then
        in_env "$build_dir/bin/portolan" "$@"
    else
        local out="$build_dir/screens"
        say "no display (DISPLAY and WAYLAND_DISPLAY are unset): rendering the main screens instead"
        QT_QPA_PLATFORM=offscreen in_env "$build_dir/bin/portolan" screenshot --out "$out"
        say "screens written to $out (paths above)"
    fi
}

main() {
    local cmd=${1:-}
    [ $# -gt 0 ] && shift
    case "$cmd" in
        build) prepare; build ;;
        test)
            prepare; build
            in_env env QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure \
                --parallel "$(nproc)" --timeout 900 "$@" ;;
        run) prepare; build; run_app "$@" ;;
        exec)
            [ $# -gt 0 ] || die "usage: packaging/dev.sh exec CMD…"
            prepare; in_env "$@" ;;
        *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
}

main "$@"
