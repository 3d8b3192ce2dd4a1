# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl disable --now mws-paneld.service >/dev/null 2>&1 || true
fi
