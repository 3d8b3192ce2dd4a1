# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

# %preun of mws-paneld ($1: 0 on removal, 1 or more on upgrade): "%systemd_preun
# mws-paneld.service" (post.sh says why written out): on removal, not on upgrade, the service is
# stopped and disabled.
if [ "$1" -eq 0 ]; then
    if [ -x /usr/lib/systemd/systemd-update-helper ]; then
        /usr/lib/systemd/systemd-update-helper remove-system-units mws-paneld.service || :
    elif [ -x /usr/bin/systemctl ]; then
        systemctl --no-reload disable --now mws-paneld.service >/dev/null 2>&1 || :
    fi
fi
