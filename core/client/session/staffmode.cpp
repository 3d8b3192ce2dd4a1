// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/staffmode.h"

#include "api/panelclient.h"
#include "auth/loginsession.h"
#include "util/clock.h"

namespace mws::session {

StaffMode::StaffMode(api::PanelClient *client, QString clientName, QObject *parent)
    : QObject(parent), m_client(client), m_clientName(std::move(clientName))
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &StaffMode::end);
}

StaffMode::~StaffMode()
{
    end();
}

void StaffMode::begin()
{
    if (!m_client || isActive() || m_login)
        return;
    m_login = new auth::LoginSession(m_client, m_clientName, auth::LoginSession::Purpose::StaffMode, this);
    connect(m_login, &auth::LoginSession::openBrowser, this, &StaffMode::openBrowser);
    connect(m_login, &auth::LoginSession::failed, this, [this](const Error &error) {
        m_login->deleteLater();
        m_login = nullptr;
        Q_EMIT changed();
        Q_EMIT failed(error);
    });
    connect(
        m_login, &auth::LoginSession::succeeded, this, [this](const auth::LoginSession::Success &success) {
            m_login->deleteLater();
            m_login = nullptr;
            if (!m_client)
                return;
            m_normalToken = m_client->token();
            m_elevatedToken = success.token;
            m_elevatedTokenId = success.tokenInfo.id;
            m_until = success.tokenInfo.elevatedUntil;
            m_client->setToken(m_elevatedToken);
            // A timer for the panel's end of it: the panel refuses the token's staff rights then anyway.
            m_expiry.start(int(std::clamp<qint64>(Clock::nowUtc().msecsTo(m_until), 0, 24 * 3600 * 1000)));
            Q_EMIT changed();
        });
    m_login->start();
    Q_EMIT changed();
}

void StaffMode::end()
{
    if (m_login) {
        m_login->cancel();
        m_login->deleteLater();
        m_login = nullptr;
    }
    m_expiry.stop();
    if (!isActive())
        return;
    if (m_client) {
        m_client->setToken(m_normalToken);
        // The elevated token is revoked with the normal one; its staff rights have ended anyway.
        (void)m_client->revokeToken(m_elevatedTokenId);
    }
    m_elevatedToken.clear();
    m_elevatedTokenId.clear();
    m_normalToken.clear();
    m_until = {};
    Q_EMIT changed();
}

} // namespace mws::session
