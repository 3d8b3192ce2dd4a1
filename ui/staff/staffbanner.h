// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pages/accountbar.h"
#include "staff/fleetwindow.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAction;
class QLabel;
class QPushButton;

namespace mws::session {
class AccountSession;
class StaffMode;
} // namespace mws::session

namespace mws::ui {

// Staff mode in the main window: the File menu's "Enter Staff Mode…" (for staff accounts) and,
// while the current account is in staff mode, a banner that says so with the time left and a
// button to leave. Each account has its own staff mode (session/staffmode.h), which outlives a
// switch to another account and ends with the account.
class StaffBanner : public AccountBar
{
    Q_OBJECT

public:
    explicit StaffBanner(QWidget *parent = nullptr);

    QAction *enterAction() const { return m_enter; }
    void setSession(session::AccountSession *session) override;
    QList<QAction *> fileActions() const override { return {m_enter}; }
    session::StaffMode *staffMode(session::AccountSession *session);
    // The account's fleet window, if open (the banner's Fleet button opens it in staff mode).
    FleetWindow *fleetWindow(session::AccountSession *session) const { return m_fleets.value(session); }

private:
    void enter();
    void openFleet();
    void updateState();
    QString remainingText() const;

    QPointer<session::AccountSession> m_session;
    QHash<session::AccountSession *, QPointer<session::StaffMode>> m_modes;
    QSet<session::AccountSession *> m_watched; // the accounts whose signals are connected
    QAction *m_enter;
    QLabel *m_text;
    QPushButton *m_leave;
    QPushButton *m_openFleet;
    QHash<session::AccountSession *, QPointer<FleetWindow>> m_fleets;
    QTimer m_tick;
    QString m_problem; // why the last attempt failed, shown until the next
};

} // namespace mws::ui
