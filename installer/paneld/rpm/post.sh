# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

/usr/lib/mws-paneld/make-user
/usr/lib/mws-paneld/prepare-host-if-enabled /etc/mws/paneld.conf
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload || true
    if [ "$1" -ge 2 ] && systemctl is-active --quiet mws-paneld.service; then
        systemctl restart mws-paneld.service || true
    fi
fi
