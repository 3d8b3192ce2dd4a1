// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/loginsession.h"
#include "util/error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace mws {

namespace api {
class PanelClient;
}

namespace session {

// Staff mode for one signed-in account: begin() asks for a fresh interactive Raven sign-in (the
// panel's elevation flow; openBrowser() gives the link), and on success the account's client
// uses the elevated token until it expires or end() is called; then it goes back to the token it
// had, and the elevated one is revoked. The elevated token is kept in memory only.
class StaffMode : public QObject
{
    Q_OBJECT

public:
    StaffMode(api::PanelClient *client, QString clientName, QObject *parent = nullptr);
    ~StaffMode() override; // ends staff mode

    bool isActive() const { return !m_elevatedToken.isEmpty(); }
    bool isStarting() const { return m_login != nullptr; }
    QDateTime until() const { return m_until; }

    void begin();
    void end();

Q_SIGNALS:
    void openBrowser(const QUrl &loginUrl);
    void changed(); // began, ended (by end() or expiry), or starting
    void failed(const mws::Error &error);

private:
    QPointer<api::PanelClient> m_client;
    QString m_clientName;
    QPointer<auth::LoginSession> m_login;
    QString m_normalToken;
    QString m_elevatedToken;
    QString m_elevatedTokenId;
    QDateTime m_until;
    QTimer m_expiry;
};

} // namespace session
} // namespace mws
