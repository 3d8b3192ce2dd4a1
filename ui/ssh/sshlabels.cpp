// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ssh/sshlabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area sshLabels()
{
    // A person's keys change at once; the hosts where they have shell catch up in a job.
    return {
        {
            {"ssh.access", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Update shell access on the host")},
        },
        {
            {"sshkey.add", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Added an SSH key")},
            {"sshkey.remove", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Removed an SSH key")},
            {"ssh.login", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Logged in over SSH")},
            {"ssh.logout", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Logged out of SSH")},
        },
    };
}

} // namespace mws::ui
