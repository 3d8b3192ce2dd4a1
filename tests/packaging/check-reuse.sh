#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sources' licence information (REUSE 3.3): `reuse lint` on the source tree fails on any file
# without an SPDX header or a REUSE.toml entry, on a licence LICENSES/ lacks, and on one it has
# that no file uses.
#
#   check-reuse.sh SOURCE_DIR BUILD_DIR
#
# In a git checkout reuse leaves out what git ignores (build/, .gitignore); that is the tree
# linted when BUILD_DIR is outside it or ignored. Otherwise (an unpacked source archive, a build
# folder git does not ignore) a copy of the tree without build/ and BUILD_DIR is linted.
set -euo pipefail
source=$(cd "$1" && pwd) build=$(cd "$2" && pwd)
command -v reuse >/dev/null || {
    echo "FAIL: reuse is not installed (tools/buildroot-packages.txt has it)" >&2
    exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# reuse itself must see a file without licence information: one such file is a failing tree.
mkdir "$tmp/unlicensed"
printf 'int main() { return 0; }\n' >"$tmp/unlicensed/main.cpp"
if reuse --root "$tmp/unlicensed" lint >"$tmp/unlicensed.log" 2>&1; then
    cat "$tmp/unlicensed.log"
    echo "FAIL: reuse lint passed a file without licence information" >&2
    exit 1
fi

root=$source
inside_build=${build#"$source"/}
if ! git -C "$source" rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
    { [ "$inside_build" != "$build" ] && ! git -C "$source" check-ignore -q "$inside_build"; }; then
    root=$tmp/tree
    mkdir "$root"
    excludes=(--exclude=./build --exclude=./.git)
    [ "$inside_build" != "$build" ] && excludes+=("--exclude=./$inside_build")
    tar -C "$source" "${excludes[@]}" -cf - . | tar -C "$root" -xf -
    echo "check-reuse: linting a copy of $source without its build folders"
fi
reuse --root "$root" lint
