# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

# %post of mws-paneld ($1: 1 on install, 2 or more on upgrade). CPack cannot use rpm's macros,
# so the service's part is what "%systemd_post mws-paneld.service" expands to: on Fedora and
# RHEL 9 (systemd 250 and later) through systemd-update-helper, otherwise (RHEL 8, openSUSE)
# its older form. A preset, not an enable: the distributions' presets leave a service like this
# one disabled, as the admin must install the Raven key and name the staff first. systemd's
# own file triggers reload it when a unit file is installed.
/usr/lib/mws-paneld/make-user
/usr/lib/mws-paneld/prepare-host-if-enabled /etc/mws/paneld.conf
if [ "$1" -eq 1 ]; then
    if [ -x /usr/lib/systemd/systemd-update-helper ]; then
        /usr/lib/systemd/systemd-update-helper install-system-units mws-paneld.service || :
    elif [ -x /usr/bin/systemctl ]; then
        systemctl --no-reload preset mws-paneld.service >/dev/null 2>&1 || :
    fi
fi
