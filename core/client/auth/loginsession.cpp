// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/loginsession.h"

#include <algorithm>
#include <chrono>

namespace mws::auth {

namespace {

using namespace std::chrono_literals;

// Polls in a row that may fail to reach the panel before the sign-in is given up.
constexpr int maxNetworkFailures = 5;
constexpr std::chrono::milliseconds maxBackoff = 30s;

bool isTransient(const Error &error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
           error.kind == Error::Kind::Server;
}

} // namespace

LoginSession::LoginSession(api::PanelClient *client, QString clientName, Purpose purpose, QObject *parent)
    : QObject(parent), m_client(client), m_clientName(std::move(clientName)), m_purpose(purpose)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &LoginSession::poll);
}

void LoginSession::start()
{
    if (m_state == State::Starting || m_state == State::WaitingForBrowser)
        return;
    m_flow = {};
    m_networkFailures = 0;
    setState(State::Starting);
    if (!m_client) {
        fail(Error::make(Error::Kind::Cancelled, tr("The connection to the panel was closed.")));
        return;
    }
    if (m_purpose == Purpose::StaffMode && m_client->token().isEmpty()) {
        // Staff mode is a fresh sign-in on top of an existing one, never instead of it.
        fail(Error::make(Error::Kind::Unauthenticated, tr("Sign in before switching to staff mode.")));
        return;
    }
    m_starting = m_purpose == Purpose::SignIn ? m_client->startLogin(m_clientName)
                                              : m_client->startElevation(m_clientName);
    // Not run if cancel() cancelled the future.
    m_starting.then(this, [this](const Result<api::LoginFlowStart> &flow) {
        if (m_state != State::Starting)
            return;
        if (!flow.ok()) {
            fail(flow.error());
            return;
        }
        m_flow = flow.value();
        m_expiry = m_flow.expiresInSeconds > 0 ? QDeadlineTimer(std::chrono::seconds(m_flow.expiresInSeconds))
                                               : QDeadlineTimer(QDeadlineTimer::Forever);
        setState(State::WaitingForBrowser);
        const QPointer<LoginSession> alive(this);
        Q_EMIT openBrowser(m_flow.loginUrl);
        if (alive && m_state == State::WaitingForBrowser)
            m_pollTimer.start(std::chrono::seconds(m_flow.intervalSeconds));
    });
}

void LoginSession::cancel()
{
    if (m_state != State::Starting && m_state != State::WaitingForBrowser)
        return;
    m_pollTimer.stop();
    m_starting.cancel();
    m_polling.cancel();
    setState(State::Cancelled);
}

void LoginSession::poll()
{
    if (m_state != State::WaitingForBrowser)
        return;
    if (!m_client) {
        fail(Error::make(Error::Kind::Cancelled, tr("The connection to the panel was closed.")));
        return;
    }
    m_polling = m_client->pollLogin(m_flow);
    m_polling.then(this, [this](const Result<api::LoginPoll> &answer) {
        if (m_state != State::WaitingForBrowser)
            return;
        if (answer.ok()) {
            m_networkFailures = 0;
            if (answer->done) {
                const Success success{answer->token, answer->tokenInfo};
                const QPointer<LoginSession> alive(this);
                setState(State::Succeeded);
                if (alive)
                    Q_EMIT succeeded(success);
                return;
            }
            m_flow.intervalSeconds = std::max(1, answer->intervalSeconds);
            m_pollTimer.start(std::chrono::seconds(m_flow.intervalSeconds));
            return;
        }
        const Error &error = answer.error();
        // Expired (410), refused (403), unknown (404): the panel has spoken, and it is final.
        if (!isTransient(error) || ++m_networkFailures > maxNetworkFailures || m_expiry.hasExpired()) {
            fail(error);
            return;
        }
        // Unreachable for now: ask less often, but once more right after the flow would expire.
        std::chrono::milliseconds delay = std::min<std::chrono::milliseconds>(
            maxBackoff, std::chrono::seconds(m_flow.intervalSeconds) * (1 << m_networkFailures));
        if (!m_expiry.isForever())
            delay = std::min(delay, std::chrono::duration_cast<std::chrono::milliseconds>(
                                        m_expiry.remainingTimeAsDuration()) +
                                        1ms);
        m_pollTimer.start(delay);
    });
}

void LoginSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LoginSession::fail(const Error &error)
{
    m_pollTimer.stop();
    const QPointer<LoginSession> alive(this);
    setState(State::Failed);
    if (alive)
        Q_EMIT failed(error);
}

} // namespace mws::auth
