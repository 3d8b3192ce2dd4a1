// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMetaType>
#include <QString>

namespace mws::ui {

// What the user must be told before a change is applied. A destructive change (a vhost or a
// domain name going away, a cron job deleted) says what stops working and is confirmed by typing
// confirmText.
struct ChangeNotice
{
    QString title;        // "Add the vhost blog", "Change PHP settings"
    QString consequences; // empty for harmless changes
    QString confirmText;  // empty: a click confirms
};

} // namespace mws::ui

Q_DECLARE_METATYPE(mws::ui::ChangeNotice)
