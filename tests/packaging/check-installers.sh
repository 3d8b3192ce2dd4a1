#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Windows and macOS installers' configuration, checked on Linux so that it does not rot:
#   - cpack runs the NSIS generator on the project's real CPack configuration, and makensis
#     compiles the script it writes (icons, shortcuts, uninstaller, finish page) into an .exe;
#     its licence page is NOTICE.txt and the GPL, in ASCII;
#   - the bundle's Info.plist that CMake made from installer/macos/Info.plist.in parses, names
#     the executable, identifier, version, icon and languages the project has;
#   - the .ico and .icns hold the sizes each platform asks for;
#   - the DragNDrop settings cpack would use on a Mac load and are complete.
#
#   check-installers.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== NSIS"
cpack --config "$build/CPackConfig.cmake" -G NSIS -B "$work/nsis" >"$work/nsis.log" 2>&1 || {
    tail -n 40 "$work/nsis.log" >&2
    [ -f "$work/nsis/_CPack_Packages/"*/NSIS/NSISOutput.log ] && tail -n 40 "$work/nsis/_CPack_Packages/"*/NSIS/NSISOutput.log >&2
    echo "FAIL: cpack -G NSIS" >&2
    exit 1
}
exe=$(ls "$work"/nsis/*.exe)
[ "$(head -c 2 "$exe")" = MZ ] || { echo "FAIL: $exe is not a Windows executable" >&2; exit 1; }
script=$(ls "$work"/nsis/_CPack_Packages/*/NSIS/project.nsi)
for want in 'MUI_ICON' 'CreateShortCut' 'WriteUninstaller' 'MUI_FINISHPAGE_RUN' 'mws-admin.ico'; do
    grep -q "$want" "$script" || { echo "FAIL: the NSIS script has no $want" >&2; exit 1; }
done
# The licence page: NOTICE.txt (the project's licence, the third-party components) and the GPL,
# in ASCII (the installer is not a Unicode one: other characters would show garbled).
licence=$(sed -nE 's/.*MUI_PAGE_LICENSE "([^"]*)".*/\1/p' "$script")
[ -n "$licence" ] && [ -f "$licence" ] || { echo "FAIL: the NSIS script has no licence page" >&2; exit 1; }
for want in 'GPL-3.0-or-later' 'Third-party components' 'GNU GENERAL PUBLIC LICENSE' 'Version 3, 29 June 2007'; do
    grep -q "$want" "$licence" || { echo "FAIL: the licence page ($licence) has no \"$want\"" >&2; exit 1; }
done
if LC_ALL=C grep -nP '[^\x00-\x7f]' "$licence" >&2; then
    echo "FAIL: the licence page ($licence) is not ASCII (above)" >&2
    exit 1
fi
echo "$(basename "$exe"): $(stat -c %s "$exe") bytes, licence page $(basename "$licence")"

echo "== Info.plist, icons, DragNDrop"
python3 - "$src" "$build" <<'PY'
import pathlib, plistlib, struct, sys

src, build = map(pathlib.Path, sys.argv[1:])
problems = []
plist = plistlib.loads((build / "installer/Info.plist").read_bytes())
version = next(l.split('"')[1] for l in (build / "CPackConfig.cmake").read_text().splitlines()
               if l.startswith('set(CPACK_PACKAGE_VERSION "'))
want = {"CFBundleExecutable": "mws-admin", "CFBundleIdentifier": "uk.ac.cam.mws.admin",
        "CFBundlePackageType": "APPL", "CFBundleIconFile": "mws-admin.icns",
        "CFBundleShortVersionString": version, "CFBundleVersion": version, "NSHighResolutionCapable": True}
for key, value in want.items():
    if plist.get(key) != value:
        problems.append(f"Info.plist: {key} is {plist.get(key)!r}, not {value!r}")
shipped = sorted(["en"] + [p.stem.split("_")[-1] for p in (src / "translations").glob("mws-admin_*.ts")
                           if not p.stem.endswith("_en")])
if sorted(plist.get("CFBundleLocalizations", [])) != shipped:
    problems.append(f"Info.plist: CFBundleLocalizations {plist.get('CFBundleLocalizations')} are not the shipped {shipped}")
if "${" in (build / "installer/Info.plist").read_text():
    problems.append("Info.plist: a ${…} was left unsubstituted")

def png_sizes(blobs):
    return sorted(struct.unpack(">I", b[16:20])[0] for b in blobs if b[:8] == b"\x89PNG\r\n\x1a\n")

ico = (src / "installer/icons/mws-admin.ico").read_bytes()
reserved, kind, count = struct.unpack("<HHH", ico[:6])
entries = [struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i]) for i in range(count)]
if (reserved, kind) != (0, 1) or png_sizes(ico[e[7]:e[7] + e[6]] for e in entries) != [16, 24, 32, 48, 64, 128, 256]:
    problems.append("mws-admin.ico does not hold PNGs of 16 to 256 pixels")
icns = (src / "installer/icons/mws-admin.icns").read_bytes()
if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
    problems.append("mws-admin.icns has no valid icns header")
blobs, offset = [], 8
while offset < len(icns):
    length = struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    blobs.append(icns[offset + 8:offset + length])
    offset += length
if png_sizes(blobs) != [16, 32, 64, 128, 256, 512, 1024]:
    problems.append(f"mws-admin.icns holds {png_sizes(blobs)}, not 16 to 1024 pixels")
for problem in problems:
    print("FAIL:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# What cpack would read on a Mac: the generated configuration, then the per-generator file.
cat >"$work/dmg.cmake" <<CMAKE
include("$build/CPackConfig.cmake")
set(CPACK_GENERATOR DragNDrop)
include("\${CPACK_PROJECT_CONFIG_FILE}")
foreach(variable CPACK_DMG_VOLUME_NAME CPACK_DMG_FORMAT CPACK_PACKAGE_ICON CPACK_RESOURCE_FILE_LICENSE)
    if("\${\${variable}}" STREQUAL "")
        message(FATAL_ERROR "\${variable} is not set for DragNDrop")
    endif()
endforeach()
if(NOT CPACK_COMPONENTS_ALL STREQUAL "admin" OR NOT CPACK_PACKAGE_ICON MATCHES "[.]icns$")
    message(FATAL_ERROR "DragNDrop would package \${CPACK_COMPONENTS_ALL} with icon \${CPACK_PACKAGE_ICON}")
endif()
foreach(file "\${CPACK_PACKAGE_ICON}" "\${CPACK_RESOURCE_FILE_LICENSE}")
    if(NOT EXISTS "\${file}")
        message(FATAL_ERROR "\${file} is missing")
    endif()
endforeach()
message(STATUS "DragNDrop: \${CPACK_PACKAGE_FILE_NAME}.dmg, volume \"\${CPACK_DMG_VOLUME_NAME}\"")
CMAKE
cmake -P "$work/dmg.cmake"
echo "check-installers: NSIS installer built, Info.plist, icons and DMG settings OK"
