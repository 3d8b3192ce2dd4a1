#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Linux packages with cpack (.deb and .rpm of mws-admin and mws-paneld, the .tar.gz
# of the app) into OUT_DIR, and checks what each holds and depends on.
#
#   build-packages.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$1 out=$2
rm -rf "$out"
mkdir -p "$out"
started=$SECONDS
cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$out" >"$out/cpack.log" 2>&1 || {
    tail -n 60 "$out/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
}
echo "cpack: $((SECONDS - started)) s"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
one() {
    local found
    found=$(ls "$out"/$1 2>/dev/null | head -n 1)
    [ -n "$found" ] || fail "no package $1 in $out"
    echo "$found"
}
admin_deb=$(one 'mws-admin_*.deb')
paneld_deb=$(one 'mws-paneld_*.deb')
admin_rpm=$(one 'mws-admin-*.rpm')
paneld_rpm=$(one 'mws-paneld-*.rpm')
archive=$(one 'mws-admin-*.tar.gz')
[ "$failures" -eq 0 ] || exit 1
ls -l "$out"/*.deb "$out"/*.rpm "$out"/*.tar.gz

has() { # has LISTING PATH…
    local listing=$1 path
    shift
    for path in "$@"; do
        grep -qE "(^|[ ./])${path}\$" <<<"$listing" || fail "$path is missing"
    done
}
admin_files=$(dpkg-deb -c "$admin_deb" | awk '{print $NF}')
has "$admin_files" /usr/bin/mws-admin /usr/share/applications/uk.ac.cam.mws.admin.desktop \
    /usr/share/metainfo/uk.ac.cam.mws.admin.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/uk.ac.cam.mws.admin.svg \
    /usr/share/icons/hicolor/48x48/apps/uk.ac.cam.mws.admin.png
grep -q mws-paneld <<<"$admin_files" && fail "mws-admin's package holds mws-paneld's files"
paneld_files=$(dpkg-deb -c "$paneld_deb" | awk '{print $NF}')
has "$paneld_files" /usr/bin/mws-paneld /etc/mws/paneld.conf /usr/lib/systemd/system/mws-paneld.service \
    /usr/lib/mws-paneld/prepare-host-if-enabled /usr/share/doc/mws-paneld/examples/site-host.conf \
    /usr/share/doc/mws-paneld/examples/sshd-shell-access.conf
grep -q mws-admin <<<"$paneld_files" && fail "mws-paneld's package holds mws-admin's files"

# Debian's files in each package: the copyright, the changelog (gzip -9n: no name or time stamp
# in the header), and the manual page (made from --help).
for pkg in "mws-admin:$admin_deb:man1/mws-admin.1.gz" "mws-paneld:$paneld_deb:man8/mws-paneld.8.gz"; do
    IFS=: read -r name deb page <<<"$pkg"
    files=$(dpkg-deb -c "$deb" | awk '{print $NF}')
    has "$files" "/usr/share/doc/$name/copyright" "/usr/share/doc/$name/changelog.gz" "/usr/share/man/$page"
    changelog=$out/$name.changelog.gz
    dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/share/doc/$name/changelog.gz" >"$changelog"
    # gzip's header: flags (byte 3) without FNAME, and MTIME (bytes 4-7) zero.
    [ "$(head -c 8 "$changelog" | od -An -tx1 | tr -d ' \n')" = 1f8b080000000000 ] ||
        fail "$name's changelog.gz was not compressed with gzip -9n"
    top=$(gzip -dc "$changelog" | head -n 1)
    [[ "$top" == "mws-admin ($(dpkg-deb -f "$deb" Version)) "* ]] ||
        fail "$name's changelog does not begin with this version's entry: $top"
    [ "$(gzip -dc "$changelog" | awk 'length > 80' | wc -l)" -eq 0 ] || fail "$name's changelog has lines over 80 columns"
    rm -f "$changelog"
    maintainer=$(dpkg-deb -f "$deb" Maintainer)
    [[ "$maintainer" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "$name's maintainer is not \"Name <address>\": $maintainer"
done

# dpkg-shlibdeps found the libraries; the plugins Qt loads are named by hand. (libssh and
# libvirt are linked by the tests' code of libmwscore, not by the app's: the linker drops them.)
admin_depends=$(dpkg-deb -f "$admin_deb" Depends)
for want in libqt6widgets6 libqt6keychain1 libkf6syntaxhighlighting6 libqt6network6 libc6 qt6-svg-plugins libqt6sql6-sqlite; do
    grep -q "$want" <<<"$admin_depends" || fail "mws-admin does not depend on $want: $admin_depends"
done
paneld_depends=$(dpkg-deb -f "$paneld_deb" Depends)
for want in libqt6httpserver6 libqt6sql6 libssl3 libqt6sql6-sqlite passwd; do
    grep -q "$want" <<<"$paneld_depends" || fail "mws-paneld does not depend on $want: $paneld_depends"
done
grep -q libqt6widgets6 <<<"$paneld_depends" && fail "mws-paneld depends on Qt Widgets"
grep -q conffiles <<<"$(dpkg-deb --ctrl-tarfile "$paneld_deb" | tar -t)" || fail "mws-paneld has no conffiles"
grep -qx /etc/mws/paneld.conf <<<"$(dpkg-deb -I "$paneld_deb" conffiles)" || fail "paneld.conf is not a conffile"
for script in postinst prerm postrm; do
    dpkg-deb -I "$paneld_deb" "$script" >/dev/null || fail "mws-paneld has no $script"
done

# RPM: the same files, dependencies found by rpmbuild, the scripts and the conffile.
rpm_admin_files=$(rpm -qpl "$admin_rpm" 2>/dev/null)
has "$rpm_admin_files" /usr/bin/mws-admin /usr/share/applications/uk.ac.cam.mws.admin.desktop
grep -q 'libQt6Widgets.so.6' <<<"$(rpm -qpR "$admin_rpm" 2>/dev/null)" || fail "the mws-admin rpm does not require libQt6Widgets"
grep -qxE '/usr/share/(icons|applications)' <<<"$(rpm -qpl "$admin_rpm" 2>/dev/null)" && fail "the rpm owns a shared folder"
rpm_paneld_files=$(rpm -qpl "$paneld_rpm" 2>/dev/null)
has "$rpm_paneld_files" /usr/bin/mws-paneld /etc/mws/paneld.conf /usr/lib/systemd/system/mws-paneld.service
grep -qx /etc/mws/paneld.conf <<<"$(rpm -qpc "$paneld_rpm" 2>/dev/null)" || fail "paneld.conf is not %config in the rpm"
for rpm_file in "$admin_rpm" "$paneld_rpm"; do
    [ "$(rpm -qp --qf '%{LICENSE}' "$rpm_file" 2>/dev/null)" = GPL-3.0-or-later ] || fail "$rpm_file: licence tag"
    grep -q . <<<"$(rpm -qp --changelog "$rpm_file" 2>/dev/null)" || fail "$rpm_file has no changelog"
done
grep -q '/usr/share/man/man1/mws-admin.1' <<<"$(rpm -qpl "$admin_rpm" 2>/dev/null)" || fail "the mws-admin rpm has no manual page"
grep -q '/usr/share/man/man8/mws-paneld.8' <<<"$(rpm -qpl "$paneld_rpm" 2>/dev/null)" || fail "the mws-paneld rpm has no manual page"
rpm_scripts=$(rpm -qp --scripts "$paneld_rpm" 2>/dev/null)
grep -q prepare-host-if-enabled <<<"$rpm_scripts" || fail "the rpm's postinstall does not prepare the host"
# The service as Fedora's %systemd_post, %systemd_preun and %systemd_postun_with_restart do it.
for want in 'install-system-units mws-paneld' 'remove-system-units mws-paneld' 'mark-restart-system-units mws-paneld' \
    'preset mws-paneld' 'disable --now mws-paneld' 'try-restart mws-paneld'; do
    grep -q -- "$want" <<<"$rpm_scripts" || fail "the rpm's scripts do not $want"
done

# The archive: the app alone, relative paths.
archive_files=$(tar -tzf "$archive")
has "$archive_files" bin/mws-admin share/applications/uk.ac.cam.mws.admin.desktop
grep -q mws-paneld <<<"$archive_files" && fail "the archive holds mws-paneld"
grep -q '^/' <<<"$archive_files" && fail "the archive has absolute paths"

if [ "$failures" -ne 0 ]; then
    echo "build-packages: $failures failure(s)" >&2
    exit 1
fi
echo "build-packages: 2 .deb, 2 .rpm and the archive OK"
