// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pages/accountbar.h"

#include <QPointer>

class QAction;
class QLabel;
class QPushButton;

namespace mws::session {
class AccountSession;
}

namespace mws::ui {

// File > Request a Site… for the current account, and, once a request is sent, a line above the
// pages saying it waits for staff, then what they decided (approved, or declined and why) when the
// account's list shows it; until closed or another account is shown. The request itself is a site
// of status "requested" in the account's list.
class SiteRequestBanner : public AccountBar
{
    Q_OBJECT

public:
    explicit SiteRequestBanner(QWidget *parent = nullptr);

    void setSession(session::AccountSession *session) override;
    QList<QAction *> fileActions() const override { return {m_request}; }

private:
    void request();
    void follow(); // says what became of the request, from the account's list

    QPointer<session::AccountSession> m_session;
    QAction *m_request;
    QLabel *m_text;
    QString m_siteId; // the request being followed
};

} // namespace mws::ui
