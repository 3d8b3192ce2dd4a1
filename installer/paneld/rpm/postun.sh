# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || true
fi
