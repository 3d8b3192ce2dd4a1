// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cron/cronlabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area cronLabels()
{
    // A change to the jobs installs the site's new tab; running a job now is a job of its own, its
    // log what the command prints.
    return {
        {
            {"cron.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Change the cron jobs")},
            {"cron.run", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Run a cron job now")},
        },
        {
            {"cron.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Changed the cron jobs")},
            {"cron.run", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Ran a cron job now")},
        },
    };
}

} // namespace mws::ui
