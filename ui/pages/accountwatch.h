// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// What an area keeps an eye on for each open account while the app runs (a cron run that failed
// at night): one row of the watch table in areas.cpp, made when the account is added to the
// main window and deleted when it is removed. It checks by itself, and at once on checkNow()
// (File > Refresh). What it finds it says through notice(), in the user's words: the window
// shows it in its status bar and, while the window is not the active one, as a system
// notification that selects the site when clicked.
class AccountWatch : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void checkNow() = 0;

Q_SIGNALS:
    void notice(const QString &siteId, const QString &text);
};

struct AccountWatchEntry
{
    std::function<AccountWatch *(session::AccountSession &session, QObject *parent)> create;
};

} // namespace mws::ui
