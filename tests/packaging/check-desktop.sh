#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Desktop integration: the .desktop file and the AppStream metadata pass their validators, the
# icons are where the metadata and the desktop file say, of the sizes their folders name, and
# every screenshot the metadata lists exists in docs/screenshots with the size it declares.
#
#   check-desktop.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
app_id=uk.ac.cam.mws.admin
desktop=$src/installer/linux/$app_id.desktop
metainfo=$build/installer/$app_id.metainfo.xml
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
# --no-net: the screenshots' URLs are checked against docs/screenshots below, not fetched.
appstreamcli validate --no-net --pedantic --explain "$metainfo" || fail "appstreamcli validate $metainfo"

grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metadata does not launch $app_id.desktop"

png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n", "not a PNG"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }

count=0
for png in "$src"/installer/icons/hicolor/*/"$app_id.png"; do
    folder=$(basename "$(dirname "$png")")
    size=$(png_size "$png") || { fail "$png is not a PNG"; continue; }
    [ "$size" = "$folder" ] || fail "$png is $size, its folder says $folder"
    count=$((count + 1))
done
[ "$count" -ge 9 ] || fail "only $count PNG icon sizes in installer/icons/hicolor"

url_prefix=$(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">\(.*\)/main-window.png</image>.*|\3|p' "$metainfo" | head -n 1)
[ -n "$url_prefix" ] || fail "no default screenshot in the metadata"
case "$url_prefix" in https://*) ;; *) fail "screenshot URLs must be https: $url_prefix" ;; esac
shots=0
while IFS='|' read -r width height file; do
    local_file=$src/docs/screenshots/${file#"$url_prefix"/}
    if [ ! -f "$local_file" ]; then
        fail "the metadata shows $file, which is not in docs/screenshots"
        continue
    fi
    [ "$(png_size "$local_file")" = "${width}x${height}" ] ||
        fail "$local_file is $(png_size "$local_file"), the metadata says ${width}x${height}"
    shots=$((shots + 1))
done < <(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">\(.*\)</image>.*|\1\|\2\|\3|p' "$metainfo")
[ "$shots" -ge 3 ] || fail "only $shots screenshots in the metadata"

if [ "$failures" -ne 0 ]; then
    echo "check-desktop: $failures failure(s)" >&2
    exit 1
fi
echo "check-desktop: desktop file, AppStream metadata, $count icons and $shots screenshots OK"
