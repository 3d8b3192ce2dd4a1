// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pages/sitelabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area siteLabels()
{
    return {
        {},
        {
            {"site.request", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Requested the site")},
            {"site.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Created the site")},
            {"site.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Changed the site's details")},
            {"site.approve", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Approved the site")},
            {"site.decline", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Declined the site's request")},
            {"site.suspend", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Suspended the site")},
            {"site.unsuspend", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Ended the suspension")},
            {"site.disable", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Turned the site off")},
            {"site.enable", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Turned the site on")},
            {"site.delete", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Deleted the site")},
            {"member.put", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Gave someone access")},
            {"member.remove", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Took someone's access away")},
            {"supporter.grant", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Staff support access granted")},
            {"job.cancel", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Cancelled a job")},
            {"staff.read", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Staff looked at it")},
            {"staff.elevate", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Began staff mode")},
            {"token.issue", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Signed in")},
            {"token.revoke", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Ended a sign-in")},
        },
    };
}

} // namespace mws::ui
