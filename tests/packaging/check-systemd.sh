#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The mws-paneld unit checked by systemd itself, as the package installs it:
#   systemd-analyze verify                    the unit, and the unit with the site-host drop-in
#   systemd-analyze security --offline=true   the exposure of both, at or below the level
#                                             recorded (with its reason) in EXPOSURE_FILE
#
#   check-systemd.sh PACKAGES_DIR EXPOSURE_FILE
#
# The files come from the .deb, unpacked into a scratch root (--root) so that the unit's
# ExecStart and the paths it names exist there; the drop-in goes where its header says an admin
# puts it. verify prints a warning (an unknown key, say) and still exits 0: any output fails.
set -euo pipefail
packages=$1 exposure_file=$2
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
# systemd's own units first (the targets the unit is ordered after and wanted by), from this
# machine's systemd, then the package's files.
mkdir -p "$root/usr/lib/systemd/system"
cp -a /usr/lib/systemd/system/. "$root/usr/lib/systemd/system/"
dpkg-deb -x "$(ls "$packages"/mws-paneld_*.deb)" "$root"
unit=$root/usr/lib/systemd/system/mws-paneld.service
[ -f "$unit" ] || { echo "FAIL: no mws-paneld.service in the package" >&2; exit 1; }
systemd-analyze --version | head -n 1

# verify: the unit alone, then with the drop-in (in /etc, as the admin installs it).
check_verify() { # NAME
    local out
    if ! out=$(systemd-analyze verify --root="$root" "$unit" 2>&1); then
        fail "systemd-analyze verify ($1): $out"
    elif [ -n "$out" ]; then
        # verify exits 0 on some complaints: any line it prints is one.
        fail "systemd-analyze verify ($1) complained: $out"
    else
        echo "systemd-analyze verify ($1): clean"
    fi
}
# The exposure ("→ Overall exposure level for mws-paneld.service: 1.3 OK"), against the record.
check_exposure() { # NAME
    local out level recorded
    out=$(systemd-analyze security --offline=true --root="$root" "$unit" 2>&1) || true
    level=$(sed -nE 's/.*Overall exposure level for [^:]*: ([0-9]+\.[0-9]+).*/\1/p' <<<"$out")
    recorded=$(awk -v n="$1" '$1 == n { print $2 }' "$exposure_file")
    if [ -z "$level" ]; then
        fail "systemd-analyze security ($1) printed no exposure level: $out"
    elif [ -z "$recorded" ]; then
        fail "$exposure_file has no level for $1 (it is $level now)"
    elif awk -v a="$level" -v b="$recorded" 'BEGIN { exit !(a > b) }'; then
        echo "$out" >&2
        fail "exposure of $1 is $level, above the $recorded recorded in $(basename "$exposure_file")"
    else
        echo "systemd-analyze security ($1): exposure $level (recorded: $recorded)"
        [ "$level" = "$recorded" ] || echo "  below the record: lower it in $(basename "$exposure_file")"
    fi
}

check_verify api-only
check_exposure api-only
mkdir -p "$root/etc/systemd/system/mws-paneld.service.d"
cp "$root/usr/share/doc/mws-paneld/examples/site-host.conf" "$root/etc/systemd/system/mws-paneld.service.d/"
check_verify site-host
check_exposure site-host

if [ "$failures" -ne 0 ]; then
    echo "check-systemd: $failures failure(s)" >&2
    exit 1
fi
echo "check-systemd: the unit and its site-host drop-in verified, exposure within the record"
