// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/types.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// The fleet window's "Site requests": every site owners have asked for, with who asked, its
// webmaster and what it is for. Staff approve the selected one onto a host they choose (the
// panel's own first), or decline it with a reason its owner will read. Staff mode only: outside
// it the panel refuses the list, and the panel says so.
class SiteRequestsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SiteRequestsPanel(session::AccountSession *session, QWidget *parent = nullptr);

    void reload();

private:
    void showSites(const QList<model::Site> &sites);
    void decide(bool approve);
    void updateState();
    const model::Site *selected() const;

    QPointer<session::AccountSession> m_session;
    QList<model::Site> m_sites;
    QLabel *m_status; // what the list holds, or why it is empty
    QTableWidget *m_view;
    QComboBox *m_host;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_decline;
    QLabel *m_result; // what the last decision did
    bool m_busy = false;
};

} // namespace mws::ui
