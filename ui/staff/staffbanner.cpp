// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staff/staffbanner.h"

#include "api/panelclient.h"
#include "session/accountsession.h"
#include "session/staffmode.h"
#include "signin/loginbrowser.h"
#include "staff/fleetwindow.h"
#include "util/clock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>

namespace mws::ui {

StaffBanner::StaffBanner(QWidget *parent) : AccountBar(parent)
{
    setObjectName(QStringLiteral("staffBanner"));
    setStyleSheet(QStringLiteral("#staffBanner { background: #7a1f2b; border-radius: 4px; } "
                                 "#staffBanner QLabel { color: white; padding: 6px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("staffBannerText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_openFleet = new QPushButton(tr("&Fleet…"), this);
    m_openFleet->setObjectName(QStringLiteral("openFleet"));
    m_openFleet->setToolTip(tr("Every VM on every hypervisor, with their power actions"));
    layout->addWidget(m_openFleet);
    connect(m_openFleet, &QPushButton::clicked, this, &StaffBanner::openFleet);
    m_leave = new QPushButton(tr("&Leave Staff Mode"), this);
    m_leave->setObjectName(QStringLiteral("leaveStaffMode"));
    layout->addWidget(m_leave);
    m_enter = new QAction(tr("Enter &Staff Mode…"), this);
    m_enter->setObjectName(QStringLiteral("enterStaffModeAction"));
    m_enter->setStatusTip(tr("Sign in again with Raven to act as staff for a while; everything you do then "
                             "is recorded"));
    connect(m_enter, &QAction::triggered, this, &StaffBanner::enter);
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (session::StaffMode *mode = staffMode(m_session))
            mode->end();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StaffBanner::updateState);
    updateState();
}

void StaffBanner::setSession(session::AccountSession *session)
{
    m_session = session;
    m_problem.clear();
    if (session && !m_watched.contains(session)) {
        m_watched.insert(session);
        connect(session, &session::AccountSession::staffChanged, this, &StaffBanner::updateState);
        connect(session, &QObject::destroyed, this, [this, session] {
            m_watched.remove(session);
            m_modes.remove(session);
            if (m_fleets.value(session))
                m_fleets.value(session)->close();
            m_fleets.remove(session);
        });
    }
    updateState();
}

session::StaffMode *StaffBanner::staffMode(session::AccountSession *session)
{
    if (!session || !session->client())
        return nullptr;
    QPointer<session::StaffMode> &mode = m_modes[session];
    if (!mode) {
        // The account's own: it ends with the account, whatever this window does.
        mode = new session::StaffMode(session->client(),
                                      tr("MWS Admin on %1").arg(QSysInfo::machineHostName()), session);
        connect(mode, &session::StaffMode::openBrowser, this, [this](const QUrl &url) {
            if (!openLoginUrl(url))
                m_problem = tr("No web browser could be opened. Sign in at %1").arg(url.toString());
            updateState();
        });
        connect(mode, &session::StaffMode::changed, this, [this, session, mode] {
            // Leaving staff mode closes the account's fleet: it was opened with staff rights.
            if (!mode->isActive() && m_fleets.value(session))
                m_fleets.value(session)->close();
            updateState();
        });
        connect(mode, &session::StaffMode::failed, this, [this](const Error &error) {
            m_problem = tr("Staff mode was not started: %1").arg(error.message);
            updateState();
        });
    }
    return mode;
}

void StaffBanner::openFleet()
{
    if (!m_session)
        return;
    QPointer<FleetWindow> &window = m_fleets[m_session];
    if (!window)
        window = new FleetWindow(m_session); // a window of its own, deleted when closed
    window->show();
    window->raise();
    window->activateWindow();
}

void StaffBanner::enter()
{
    m_problem.clear();
    if (session::StaffMode *mode = staffMode(m_session))
        mode->begin();
}

QString StaffBanner::remainingText() const
{
    const session::StaffMode *mode = m_modes.value(m_session);
    const qint64 seconds = mode ? std::max<qint64>(0, Clock::nowUtc().secsTo(mode->until())) : 0;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void StaffBanner::updateState()
{
    const session::StaffMode *mode = m_modes.value(m_session);
    const bool active = mode && mode->isActive();
    const bool starting = mode && mode->isStarting();
    m_enter->setVisible(m_session && m_session->isStaff());
    m_enter->setEnabled(!active && !starting);
    if (active)
        m_text->setText(tr("<b>Staff mode</b> — %1 left. Everything you do is recorded in the audit trail.")
                            .arg(remainingText()));
    else if (starting)
        m_text->setText(tr("Sign in again with Raven in your browser to enter staff mode…"));
    else
        m_text->setText(m_problem);
    m_leave->setVisible(active || starting);
    m_openFleet->setVisible(active);
    m_leave->setText(active ? tr("&Leave Staff Mode") : tr("Cancel"));
    setVisible(active || starting || !m_problem.isEmpty());
    if (active && !m_tick.isActive())
        m_tick.start();
    else if (!active)
        m_tick.stop();
}

} // namespace mws::ui
