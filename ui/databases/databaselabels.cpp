// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databases/databaselabels.h"

#include <QtGlobal>

namespace mws::ui {

CodeLabels::Area databaseLabels()
{
    return {
        {
            {"database.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Create a database")},
            {"database.drop", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Drop a database")},
            {"database.export", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Export a database")},
            {"database.import", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Import into a database")},
            {"database-user.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Create a database user")},
            {"database-user.password",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Reset a database user's password")},
            {"database-user.drop", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Drop a database user")},
            {"database-user.grants",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Change a database user's grants")},
        },
        {
            {"database.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Created a database")},
            {"database.drop", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Dropped a database")},
            {"database.export", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Exported a database")},
            {"database.import", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Imported into a database")},
            {"database-user.create", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Created a database user")},
            {"database-user.password",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Gave a database user a new password")},
            {"database-user.drop", QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Dropped a database user")},
            {"database-user.grants",
             QT_TRANSLATE_NOOP("mws::ui::CodeLabels", "Changed a database user's grants")},
        },
    };
}

} // namespace mws::ui
