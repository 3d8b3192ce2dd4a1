// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the client tests: waiting for futures, the browser's half of a Raven sign-in, and a
// full sign-in through LoginSession, all against the real panel and test WLS.

#include "api/panelclient.h"
#include "auth/loginsession.h"
#include "panelharness.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/types.h>
#include <utility>

namespace mws::test {

// Waits for a future while the event loop runs. A future that does not finish in time, or is
// cancelled, gives a Timeout error that names the problem.
template <typename R> R await(const QFuture<R> &future, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return R(
            Error::make(Error::Kind::Timeout, QStringLiteral("test: the future did not finish in time")));
    if (future.isCanceled() || future.resultCount() == 0)
        return R(Error::make(Error::Kind::Timeout, QStringLiteral("test: the future was cancelled")));
    return future.result();
}

inline QString describe(const Error &error)
{
    return QStringLiteral("%1: %2").arg(kindName(error.kind), error.fullText());
}

// For QVERIFY2 messages, which are worked out whether or not the check fails.
template <typename T> QString describe(const Result<T> &result)
{
    return result.ok() ? QString() : describe(result.error());
}

inline QString describe(const std::optional<Error> &error)
{
    return error ? describe(*error) : QString();
}

// SIGSTOPs the panel so that requests hang, and lets it go again when it goes out of scope.
class PanelPause
{
public:
    explicit PanelPause(PanelProcess &panel) : m_pid(pid_t(panel.process().processId()))
    {
        ::kill(m_pid, SIGSTOP);
    }
    ~PanelPause() { resume(); }
    void resume()
    {
        if (m_pid)
            ::kill(std::exchange(m_pid, 0), SIGCONT);
    }

private:
    pid_t m_pid;
};

// What the system browser does with the URL that LoginSession::openBrowser() asks for: follow it
// to the WLS, log in with the form, come back to the panel, and allow (or deny) the device.
inline bool browseToConsent(const QUrl &loginUrl, const QString &user, QString *error,
                            const QString &decision = QStringLiteral("allow"),
                            const QString &certificatePath = {})
{
    HttpClient browser;
    if (!certificatePath.isEmpty())
        browser.trustOnly(certificatePath);
    return completeInBrowser(browser, loginUrl, user, error, decision);
}

// A whole sign-in (or switch to staff mode) through LoginSession, the browser's part driven from
// the URL the session asks to open. Returns the new token, or nothing and why.
inline std::optional<auth::LoginSession::Success>
signInWithSession(api::PanelClient &client, const QString &user, QString *error,
                  auth::LoginSession::Purpose purpose = auth::LoginSession::Purpose::SignIn,
                  const QString &certificatePath = {})
{
    auth::LoginSession session(&client, QStringLiteral("client tests"), purpose);
    QList<QUrl> opened;
    std::optional<auth::LoginSession::Success> success;
    std::optional<Error> failure;
    QObject::connect(&session, &auth::LoginSession::openBrowser, &session,
                     [&opened](const QUrl &url) { opened.append(url); });
    QObject::connect(&session, &auth::LoginSession::succeeded, &session,
                     [&success](const auth::LoginSession::Success &done) { success = done; });
    QObject::connect(&session, &auth::LoginSession::failed, &session,
                     [&failure](const Error &why) { failure = why; });
    session.start();
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || failure; }, 20000) || failure) {
        *error = failure ? describe(*failure) : QStringLiteral("LoginSession never asked for a browser");
        return std::nullopt;
    }
    if (!browseToConsent(opened.first(), user, error, QStringLiteral("allow"), certificatePath))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return success || failure; }, 20000) || failure) {
        *error = failure ? describe(*failure) : QStringLiteral("LoginSession never finished");
        return std::nullopt;
    }
    if (opened.size() != 1) {
        *error = QStringLiteral("openBrowser was emitted %1 times").arg(opened.size());
        return std::nullopt;
    }
    return success;
}

// Staff (test0100, in staff mode) create an active site owned by owner; the owner's signed-in
// client is returned with the site's id. Nothing, and why, when a step fails.
struct OwnedSite
{
    QString siteId;
    std::unique_ptr<api::PanelClient> owner;
};
inline std::optional<OwnedSite> createOwnedSite(const api::PanelEndpoint &endpoint, const QString &name,
                                                const QString &owner, QString *error)
{
    api::PanelClient staff(endpoint);
    const auto signedIn = signInWithSession(staff, QStringLiteral("test0100"), error);
    if (!signedIn)
        return std::nullopt;
    staff.setToken(signedIn->token);
    const auto elevated =
        signInWithSession(staff, QStringLiteral("test0100"), error, auth::LoginSession::Purpose::StaffMode);
    if (!elevated)
        return std::nullopt;
    staff.setToken(elevated->token);
    const auto site = await(staff.createSite({name, {}, QStringLiteral("web@example.test"), owner}));
    if (!site.ok()) {
        *error = describe(site);
        return std::nullopt;
    }
    OwnedSite created{site->id, std::make_unique<api::PanelClient>(endpoint)};
    const auto ownerSignIn = signInWithSession(*created.owner, owner, error);
    if (!ownerSignIn)
        return std::nullopt;
    created.owner->setToken(ownerSignIn->token);
    return created;
}

} // namespace mws::test
