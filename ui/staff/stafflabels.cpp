// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/stafflabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area staffLabels()
{
    return {
        {},
        {
            {"inventory.update", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Changed the fleet's inventory")},
            {"vm.action", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Acted on a virtual machine")},
        },
    };
}

} // namespace mws::ui
