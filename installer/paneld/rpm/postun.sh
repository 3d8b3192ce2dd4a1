# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later

# %postun of mws-paneld ($1: 0 on removal, 1 or more on upgrade):
# "%systemd_postun_with_restart mws-paneld.service" (post.sh says why written out): on upgrade a
# running panel is restarted (with the helper, once the whole transaction is done); systemd's
# file triggers reload it after a unit file is removed.
if [ "$1" -ge 1 ]; then
    if [ -x /usr/lib/systemd/systemd-update-helper ]; then
        /usr/lib/systemd/systemd-update-helper mark-restart-system-units mws-paneld.service || :
    elif [ -x /usr/bin/systemctl ]; then
        systemctl try-restart mws-paneld.service >/dev/null 2>&1 || :
    fi
fi
