#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures and builds the project with MWS_BUILD_CLIENT=OFF in BUILD_DIR, and checks that
# what comes out is the panel alone: no client library, no desktop dependency.
#
#   build-without-client.sh SOURCE_DIR BUILD_DIR GENERATOR BUILD_TYPE CXX_COMPILER [LAUNCHER]
set -euo pipefail
src=$1 build=$2 generator=$3 build_type=$4 compiler=$5 launcher=${6:-}
started=$SECONDS
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
mkdir -p "$build"

# The desktop's packages are made unfindable: configuring fails if anything still asks for one
# (and CMake's note that most of these were never asked for is left out).
args=(--no-warn-unused-cli -S "$src" -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE="$build_type" -DCMAKE_CXX_COMPILER="$compiler"
    -DMWS_WARNINGS_AS_ERRORS=ON -DMWS_BUILD_CLIENT=OFF -DMWS_BUILD_TESTS=OFF)
[ -n "$launcher" ] && args+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher")
for package in Qt6Keychain KF6SyntaxHighlighting PkgConfig Qt6Gui Qt6Widgets Qt6Svg Qt6DBus Qt6Concurrent; do
    args+=("-DCMAKE_DISABLE_FIND_PACKAGE_$package=ON")
done
cmake "${args[@]}" >"$build/configure.log" 2>&1 || {
    tail -n 40 "$build/configure.log" >&2
    echo "FAIL: configuring without the client" >&2
    exit 1
}
echo "configure: $((SECONDS - started)) s"
for found in Qt6Keychain_DIR KF6SyntaxHighlighting_DIR Qt6Widgets_DIR Qt6Gui_DIR Qt6Svg_DIR LIBSSH_FOUND LIBVIRT_FOUND; do
    grep -E "^$found:[A-Z]+=" "$build/CMakeCache.txt" | grep -qvE '=(|.*NOTFOUND|0|FALSE|OFF)$' &&
        fail "the server-only configure found $found"
done

built=$SECONDS
cmake --build "$build" -- -j "${MWS_BUILD_JOBS:-$(nproc)}" >"$build/build.log" 2>&1 || {
    grep -E -m 20 -B 2 -A 8 'error|FAILED' "$build/build.log" >&2 || tail -n 60 "$build/build.log" >&2
    echo "FAIL: building without the client" >&2
    exit 1
}
echo "build: $((SECONDS - built)) s"

paneld=$build/bin/mws-paneld
[ -x "$paneld" ] || {
    echo "FAIL: no $paneld" >&2
    exit 1
}
"$paneld" --version >/dev/null || fail "mws-paneld --version does not run"
for absent in mws-admin mws-demo mws-screenshots; do
    [ -e "$build/bin/$absent" ] && fail "$absent was built without the client"
done
if [ "$generator" = Ninja ]; then
    targets=$(cmake --build "$build" -- -t targets all)
    for target in mwscore mwsui mws-admin mwstestsupport; do
        grep -qE "^$target:" <<<"$targets" && fail "the server-only build has the target $target"
    done
    # Every header each object was compiled with (ninja's record, paths absolute or relative to
    # the build tree): none of the client's.
    client='core/client/'
    client_headers=$(cmake --build "$build" -- -t deps | grep -E "^\s+((\.\./)+|$src/)$client" | sort -u || true)
    [ -z "$client_headers" ] || fail "the server is compiled with client headers:"$'\n'"$client_headers"
fi

# What mws-paneld links: directly (NEEDED) and all in all (ldd).
forbidden='lib(ssh|virt)\.so|libqt6keychain|libQt6(Widgets|Gui|Svg|DBus)\.so|libKF6'
needed=$(readelf -d "$paneld" | awk '/NEEDED/ {print $NF}' | tr -d '[]')
echo "mws-paneld needs: $(tr "\n" " " <<<"$needed")"
grep -iE "$forbidden" <<<"$needed" && fail "mws-paneld names a client library"
ldd "$paneld" | grep -iE "$forbidden" && fail "mws-paneld loads a client library"

# The server-only build packages the panel alone.
packaged=$SECONDS
rm -rf "$build/packages"
if cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/packages" >"$build/cpack.log" 2>&1; then
    ls "$build/packages"/mws-paneld_*.deb >/dev/null 2>&1 || fail "cpack made no mws-paneld package"
    ls "$build/packages"/mws-admin_*.deb >/dev/null 2>&1 && fail "cpack made mws-admin's package"
    for deb in "$build/packages"/mws-paneld_*.deb; do
        depends=$(dpkg-deb -f "$deb" Depends)
        grep -iE 'libssh|libvirt|keychain|libqt6widgets|libqt6gui|syntaxhighlighting' <<<"$depends" &&
            fail "mws-paneld's package depends on a client library: $depends"
    done
    echo "cpack: $((SECONDS - packaged)) s"
else
    tail -n 40 "$build/cpack.log" >&2
    fail "cpack without the client"
fi

if [ "$failures" -ne 0 ]; then
    echo "build-without-client: $failures failure(s)" >&2
    exit 1
fi
echo "build-without-client: mws-paneld without the client OK ($((SECONDS - started)) s)"
