// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/panelclient.h"
#include "util/error.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mws::auth {

// The desktop half of the Raven sign-in (raven.md §4): start a flow on the panel, ask the UI to
// open the login URL in the system browser, and poll until the panel hands over the token, the
// flow expires or the user cancels. Core never prompts: openBrowser() is a request to the UI.
class LoginSession : public QObject
{
    Q_OBJECT

public:
    enum class Purpose
    {
        SignIn,
        StaffMode
    };
    enum class State
    {
        Idle,
        Starting,
        WaitingForBrowser,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    struct Success
    {
        QString token;
        model::ApiToken tokenInfo;
    };

    LoginSession(api::PanelClient *client, QString clientName, Purpose purpose = Purpose::SignIn,
                 QObject *parent = nullptr);

    State state() const { return m_state; }
    QUrl loginUrl() const { return m_flow.loginUrl; }
    void start();
    void cancel();

Q_SIGNALS:
    void openBrowser(const QUrl &loginUrl);
    void stateChanged(mws::auth::LoginSession::State state);
    void succeeded(const mws::auth::LoginSession::Success &success);
    void failed(const mws::Error &error); // expired (Kind::NotFound, 410), refused (Forbidden), network…

private:
    void poll();
    void setState(State state);
    void fail(const Error &error);

    QPointer<api::PanelClient> m_client;
    QString m_clientName;
    Purpose m_purpose;
    State m_state = State::Idle;
    api::LoginFlowStart m_flow;
    QTimer m_pollTimer;
    int m_networkFailures = 0;
    QDeadlineTimer m_expiry;                         // the flow's, as the panel gave it
    QFuture<Result<api::LoginFlowStart>> m_starting; // in flight, so cancel() can abort it
    QFuture<Result<api::LoginPoll>> m_polling;
};

} // namespace mws::auth
