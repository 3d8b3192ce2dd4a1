#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the .debs that build-packages.sh made into a clean Debian 13 root, uses them, reads
# their manual pages with man, and purges them: nothing they installed or made may be left. Then
# upgrades mws-paneld from a previous version (previous/README.md) with an edited conffile, and
# purges again.
#
#   install-test.sh PACKAGES_DIR
#
# The clean root is cached (MWS_CLEAN_ROOT, default /var/cache/mws-admin/clean-trixie; inside
# the build root, so under the build root's own folder on the host) in two layers, each made
# once: "base" (debootstrap --variant=minbase) and "deps-<hash>" (base plus the packages' Depends,
# installed with apt, made again when they change). Each run copies the dependency layer, so
# every run starts clean. Runs as root (debootstrap, chroot, mounts in a private namespace).
set -euo pipefail
packages=$1
cache=${MWS_CLEAN_ROOT:-/var/cache/mws-admin/clean-trixie}
admin_deb=$(ls "$packages"/mws-admin_*.deb)
paneld_deb=$(ls "$packages"/mws-paneld_*.deb)
say() { echo "install-test: $*"; }
die() {
    echo "FAIL: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || die "must run as root"
mkdir -p "$cache"

# A command inside a root, with /proc and /dev mounted only for it (in a mount namespace of its
# own; "unchanged": this runs inside the build root, whose / is not a mount point).
in_root() {
    local root=$1
    shift
    unshare --mount --propagation unchanged sh -c '
        root=$1; shift
        mount -t proc proc "$root/proc" && mount --rbind /dev "$root/dev" &&
        exec chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"' \
        sh "$root" "$@"
}

mirror() {
    local uri
    uri=${MWS_DEBIAN_MIRROR:-$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)}
    echo "${uri:-http://deb.debian.org/debian}"
}

make_base() {
    [ -f "$cache/base/.mws-bootstrapped" ] && return
    rm -rf "$cache/base" "$cache/base.partial"
    say "debootstrap trixie into $cache/base from $(mirror)"
    debootstrap --variant=minbase trixie "$cache/base.partial" "$(mirror)" >"$cache/debootstrap.log" 2>&1 ||
        die "debootstrap failed; see $cache/debootstrap.log"
    echo "deb $(mirror) trixie main" >"$cache/base.partial/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' >"$cache/base.partial/usr/sbin/policy-rc.d"
    chmod 755 "$cache/base.partial/usr/sbin/policy-rc.d"
    touch "$cache/base.partial/.mws-bootstrapped"
    mv "$cache/base.partial" "$cache/base"
}

# The packages' dependencies, without versions, first of each alternative; and man-db, so that
# the manual pages are read as a user reads them.
dependencies() {
    { for deb in "$admin_deb" "$paneld_deb"; do dpkg-deb -f "$deb" Depends; done; echo man-db; } |
        tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g' | grep -v '^$' | sort -u
}

make_deps() {
    local hash
    hash=$(dependencies | sha256sum | cut -c1-16)
    deps=$cache/deps-$hash
    [ -f "$deps/.mws-ready" ] && return
    rm -rf "$cache"/deps-* "$cache/deps.partial"
    say "installing the packages' dependencies into a copy of the base ($(dependencies | wc -l) packages)"
    cp -a "$cache/base" "$cache/deps.partial"
    cp /etc/resolv.conf "$cache/deps.partial/etc/resolv.conf"
    # shellcheck disable=SC2046
    in_root "$cache/deps.partial" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $(dependencies | tr '\n' ' ') && apt-get clean" \
        >"$cache/deps.log" 2>&1 || die "installing the dependencies failed; see $cache/deps.log"
    touch "$cache/deps.partial/.mws-ready"
    mv "$cache/deps.partial" "$deps"
}

# Every file and link of a root, with its owner and mode, less what dpkg and apt keep for
# themselves (their databases, logs and caches), the chroot's own mounts, and the backups the
# shadow tools make of the account files whenever useradd or userdel edits them (/etc/passwd-
# and the like: the previous version of a system file, not a file of the package). The account
# files themselves are compared by content, so the service's user must be gone.
snapshot() {
    (cd "$1" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp -o -path ./run \
        -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./var/cache -o -path ./var/lib/apt \) -prune \
        -o \( -path ./etc/passwd- -o -path ./etc/group- -o -path ./etc/shadow- -o -path ./etc/gshadow- \) \
        -o -printf '%p %U:%G %m\n' | sort)
    (cd "$1/etc" && sha256sum passwd group shadow gshadow)
}

started=$SECONDS
# The layers are made under a lock (CI and a developer may run this at once); each run then has
# a root and a log folder of its own.
exec 9>"$cache/.lock"
flock 9
make_base
make_deps
run=$(mktemp -d "$cache/run.XXXXXX")
logs=$(mktemp -d)
trap 'rm -rf "$run"; echo "install-test: logs in $logs"' EXIT
cp -a "$deps/." "$run/"
flock -u 9
snapshot "$run" >"$logs/before.txt"
cp "$admin_deb" "$paneld_deb" "$run/tmp/"
say "clean root ready in $((SECONDS - started)) s"

say "dpkg -i mws-admin mws-paneld"
in_root "$run" dpkg -i "/tmp/$(basename "$admin_deb")" "/tmp/$(basename "$paneld_deb")" >"$logs/dpkg.log" 2>&1 ||
    { cat "$logs/dpkg.log" >&2; die "dpkg -i failed"; }

version=$(in_root "$run" mws-admin --version) || die "mws-admin --version failed"
say "mws-admin --version: $version"
[[ "$version" =~ ^mws-admin\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || die "unexpected version line: $version"
grep -qE '^mws-paneld [0-9.]+$' <<<"$(in_root "$run" mws-paneld --version)" || die "mws-paneld --version"

# The manual pages, as man shows them, list the options --help lists (the page's OPTIONS section
# is made from --help at build time; this checks what was installed).
options_of_help() { grep -E '^  -' | grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' | tr -d ' ,' | sort -u; }
options_of_page() {
    sed -e 's/.\x08//g' -e 's/\xe2\x88\x92/-/g' -e 's/\xe2\x80\x90/-/g' |
        awk '/^[A-Z]/ { section = $0; next } section == "OPTIONS" && /^ +-/' |
        grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' | tr -d ' ,' | sort -u
}
for page in "mws-paneld 8" "mws-admin 1"; do
    read -r program section <<<"$page"
    in_root "$run" env MANWIDTH=100 man -P cat "$section" "$program" >"$logs/$program.man" 2>"$logs/$program.man.err" ||
        { cat "$logs/$program.man.err" >&2; die "man $section $program failed"; }
    grep -q "^NAME" "$logs/$program.man" || die "man $program shows no NAME section"
    in_root "$run" env HOME=/tmp LANG=C.UTF-8 "$program" --help 2>/dev/null | options_of_help >"$logs/$program.help-options"
    options_of_page <"$logs/$program.man" >"$logs/$program.page-options"
    [ -s "$logs/$program.help-options" ] || die "$program --help listed no options"
    diff -u "$logs/$program.help-options" "$logs/$program.page-options" >&2 ||
        die "$program --help and man $section $program list different options (above: - help, + page)"
    say "man $section $program: shown; its $(wc -l <"$logs/$program.page-options") options are --help's"
done
grep -q -- '--prepare-host' "$logs/mws-paneld.man" && grep -q '^SIGNALS' "$logs/mws-paneld.man" &&
    grep -q '/etc/mws/paneld.conf' "$logs/mws-paneld.man" ||
    die "man mws-paneld lacks --prepare-host, the signals or the configuration file"

# The installed app follows the system's language: its help in French and German.
# (The root has no fr_FR or de_DE locale: Qt says it falls back to C.UTF-8 for the encoding, and
# still takes the language from LANG.)
help_fr=$(in_root "$run" env LANG=fr_FR.UTF-8 mws-admin --help 2>/dev/null)
grep -q 'Gérez' <<<"$help_fr" || die "mws-admin --help is not in French with LANG=fr_FR.UTF-8: $help_fr"
grep -q 'Verwalten' <<<"$(in_root "$run" env LANG=de_DE.UTF-8 mws-admin --help 2>/dev/null)" || die "mws-admin --help is not in German"

# An offscreen start: the sign-in window opens and the app keeps running until stopped.
rc=0
in_root "$run" env QT_QPA_PLATFORM=offscreen HOME=/tmp XDG_RUNTIME_DIR=/tmp timeout 8 mws-admin \
    >"$logs/app.log" 2>&1 || rc=$?
[ "$rc" -eq 124 ] || { cat "$logs/app.log" >&2; die "mws-admin exited with $rc before it was stopped"; }
if grep -iE 'could not (load|find)|cannot open shared|no such plugin|failed to load' "$logs/app.log"; then
    die "mws-admin started with errors (above)"
fi
say "offscreen start: ran 8 s until stopped, no plugin or library errors"

# The sample configuration: refused until the Raven key is installed, as its header says; then OK.
if in_root "$run" runuser -u mws-paneld -- mws-paneld --check-config >"$logs/check.log" 2>&1; then
    die "--check-config passed with no Raven key installed"
fi
grep -q raven-pubkey2.pem "$logs/check.log" || { cat "$logs/check.log" >&2; die "--check-config did not name the missing key"; }
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null | openssl pkey -pubout >"$run/etc/mws/raven-pubkey2.pem"
out=$(in_root "$run" runuser -u mws-paneld -- mws-paneld --check-config 2>&1) || die "--check-config: $out"
[ "$out" = "mws-paneld: configuration OK" ] || die "--check-config said: $out"
[ -s "$run/var/lib/mws/panel.sqlite" ] || die "--check-config made no database in /var/lib/mws"
owner=$(in_root "$run" stat -c %U /var/lib/mws/panel.sqlite)
[ "$owner" = mws-paneld ] || die "the database belongs to $owner, not to the service's user"
say "mws-paneld --check-config with the sample configuration: OK (after installing a Raven key)"

# The install-time guard: the host is prepared only when the configuration enables it.
in_root "$run" /usr/lib/mws-paneld/prepare-host-if-enabled /etc/mws/paneld.conf
[ -e "$run/var/lib/mws/host" ] && die "the host was prepared though the sample configuration disables it"
sed -e 's|^enabled = false|enabled = true ; on|' -e 's|^; root = .*|root = /tmp/host|' \
    -e 's|^; sites_root = .*|sites_root = /tmp/sites|' "$run/etc/mws/paneld.conf" >"$run/tmp/host.conf"
in_root "$run" /usr/lib/mws-paneld/prepare-host-if-enabled /tmp/host.conf >"$logs/prepare.log" 2>&1
[ -s "$run/tmp/host/front/httpd.conf" ] || { cat "$logs/prepare.log" >&2; die "an enabled host was not prepared"; }
say "prepare-host-if-enabled: skipped with the host off, prepared it when on"

# Purge: the admin's Raven key goes first (it is theirs), then every file the packages made.
rm -f "$run/etc/mws/raven-pubkey2.pem"
in_root "$run" dpkg --purge mws-admin mws-paneld >>"$logs/dpkg.log" 2>&1 || { cat "$logs/dpkg.log" >&2; die "dpkg --purge failed"; }
snapshot "$run" >"$logs/after.txt"
if ! diff -u "$logs/before.txt" "$logs/after.txt" >"$logs/left.diff"; then
    cat "$logs/left.diff" >&2
    die "the purge left the root different from before the install (above)"
fi
for db in passwd group shadow gshadow; do
    grep -q '^mws-paneld:' "$run/etc/$db" && die "the purge left mws-paneld in /etc/$db"
done
dpkg_left=$(in_root "$run" dpkg -l 'mws-*' 2>/dev/null | grep -E '^[a-z][a-z] +mws-' || true)
[ -z "$dpkg_left" ] || die "dpkg still knows: $dpkg_left"
say "purged: no file left, no user left ($(wc -l <"$logs/before.txt") paths compared)"

# Upgrade: the previous version (previous/README.md: 0.0.9, its own scripts, a file the new one
# no longer has) installed and configured, its conffile edited, then upgraded to this version.
# systemd is simulated for the scripts: /run/systemd/system exists, and systemctl and
# deb-systemd-invoke in /usr/local/sbin (first on the scripts' PATH) only log their arguments.
previous=$(mktemp -d)
dpkg-deb -R "$paneld_deb" "$previous/tree"
sed -i 's/^Version: .*/Version: 0.0.9/' "$previous/tree/DEBIAN/control"
cp "$(dirname "$0")"/previous/postinst "$(dirname "$0")"/previous/prerm "$(dirname "$0")"/previous/postrm "$previous/tree/DEBIAN/"
rm -rf "$previous/tree/usr/share/man" "$previous/tree/usr/share/doc/mws-paneld/copyright" \
    "$previous/tree/usr/share/doc/mws-paneld/changelog.gz"
echo "The previous version's notes." >"$previous/tree/usr/share/doc/mws-paneld/README.old"
(cd "$previous/tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | xargs -0 md5sum >DEBIAN/md5sums)
dpkg-deb --root-owner-group -b "$previous/tree" "$run/tmp/mws-paneld_0.0.9_previous.deb" >/dev/null
rm -rf "$previous"
mkdir -p "$run/run/systemd/system" "$run/usr/local/sbin"
for tool in systemctl deb-systemd-invoke; do
    printf '#!/bin/sh\necho "%s $*" >>/tmp/systemd-calls.log\n' "$tool" >"$run/usr/local/sbin/$tool"
    chmod 755 "$run/usr/local/sbin/$tool"
done
scripts_path=PATH=/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
in_root "$run" env "$scripts_path" dpkg -i /tmp/mws-paneld_0.0.9_previous.deb >>"$logs/dpkg.log" 2>&1 </dev/null ||
    { cat "$logs/dpkg.log" >&2; die "installing the previous version failed"; }
echo "; edited by the upgrade test" >>"$run/etc/mws/paneld.conf"
edited=$(sha256sum <"$run/etc/mws/paneld.conf")
: >"$run/tmp/systemd-calls.log"
say "dpkg -i mws-paneld 0.0.9 (previous), edit /etc/mws/paneld.conf, dpkg -i mws-paneld $(dpkg-deb -f "$paneld_deb" Version)"
in_root "$run" env "$scripts_path" dpkg -i "/tmp/$(basename "$paneld_deb")" >>"$logs/dpkg.log" 2>&1 </dev/null ||
    { cat "$logs/dpkg.log" >&2; die "the upgrade failed"; }
[ "$(sha256sum <"$run/etc/mws/paneld.conf")" = "$edited" ] || die "the upgrade did not keep the edited /etc/mws/paneld.conf"
[ -e "$run/etc/mws/paneld.conf.dpkg-new" ] && die "the upgrade left paneld.conf.dpkg-new"
grep -qx 'deb-systemd-invoke try-restart mws-paneld.service' "$run/tmp/systemd-calls.log" ||
    { cat "$run/tmp/systemd-calls.log" >&2; die "the upgrade did not restart the service through deb-systemd-invoke"; }
[ -e "$run/usr/share/doc/mws-paneld/README.old" ] && die "the upgrade left the previous version's README.old"
installed=$(in_root "$run" dpkg-query -W -f '${Version} ${db:Status-Abbrev}' mws-paneld)
[ "$installed" = "$(dpkg-deb -f "$paneld_deb" Version) ii " ] || die "after the upgrade dpkg says: $installed"
[ -s "$run/usr/share/man/man8/mws-paneld.8.gz" ] || die "the upgrade did not install the manual page"
say "upgraded: edited conffile kept, deb-systemd-invoke try-restart called, nothing of 0.0.9 left"
rm -rf "$run/usr/local/sbin/systemctl" "$run/usr/local/sbin/deb-systemd-invoke" "$run/run/systemd" \
    "$run/tmp/mws-paneld_0.0.9_previous.deb" "$run/tmp/systemd-calls.log"
in_root "$run" dpkg --purge mws-paneld >>"$logs/dpkg.log" 2>&1 || { cat "$logs/dpkg.log" >&2; die "dpkg --purge after the upgrade failed"; }
snapshot "$run" >"$logs/after-upgrade.txt"
if ! diff -u "$logs/before.txt" "$logs/after-upgrade.txt" >"$logs/left-upgrade.diff"; then
    cat "$logs/left-upgrade.diff" >&2
    die "the purge after the upgrade left the root different from before (above)"
fi
say "purged after the upgrade: no file left"
say "passed in $((SECONDS - started)) s"
