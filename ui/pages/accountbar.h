// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QAction;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// Something of the current account, not of a site, that an area shows above the site's pages
// (staff mode's banner): one row of the bar table in areas.cpp, made once with the main window.
// It is told which account is current, hides itself when it has nothing to say, and may offer
// actions for the File menu.
class AccountBar : public QFrame
{
    Q_OBJECT

public:
    using QFrame::QFrame;

    virtual void setSession(session::AccountSession *session) = 0;
    virtual QList<QAction *> fileActions() const { return {}; }
};

struct AccountBarEntry
{
    std::function<AccountBar *(QWidget *parent)> create;
};

} // namespace mws::ui
