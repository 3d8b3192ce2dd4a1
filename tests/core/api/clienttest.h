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

namespace detail {

inline QString htmlUnescape(QString text)
{
    return text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace detail

// What the system browser does with the URL that LoginSession::openBrowser() asks for: follow it
// to the WLS, log in with the form, come back to the panel, and allow (or deny) the device.
inline bool browseToConsent(const QUrl &loginUrl, const QString &user, QString *error,
                            const QString &decision = QStringLiteral("allow"),
                            const QString &certificatePath = {})
{
    const auto fail = [error](const QString &why, const HttpReply &reply) {
        *error = QStringLiteral("%1 (HTTP %2: %3 %4)")
                     .arg(why)
                     .arg(reply.status)
                     .arg(reply.error, QString::fromUtf8(reply.body.left(300)));
        return false;
    };
    HttpClient browser;
    if (!certificatePath.isEmpty())
        browser.trustOnly(certificatePath);
    const HttpReply toWls = browser.send("GET", loginUrl);
    if (toWls.status != 303)
        return fail(QStringLiteral("the login link did not redirect"), toWls);
    const QUrl wlsUrl(QString::fromLatin1(toWls.header("Location")));
    const HttpReply form = browser.send("GET", wlsUrl);
    if (form.status != 200)
        return fail(QStringLiteral("the WLS form did not load"), form);
    QList<std::pair<QString, QString>> fields;
    for (const auto &[name, value] : QUrlQuery(wlsUrl).queryItems(QUrl::FullyDecoded))
        fields.append({name, value});
    fields.append({QStringLiteral("userid"), user});
    fields.append({QStringLiteral("pwd"), QStringLiteral("test")});
    QUrl submit = wlsUrl;
    submit.setPath(QStringLiteral("/auth/authenticate2.html"));
    submit.setQuery(QString());
    const HttpReply back = browser.postForm(submit, fields);
    if (back.status != 303)
        return fail(QStringLiteral("the WLS did not accept the login"), back);
    const HttpReply consent = browser.send("GET", QUrl(QString::fromLatin1(back.header("Location"))));
    if (consent.status != 200)
        return fail(QStringLiteral("the callback refused the response"), consent);
    const QString page = QString::fromUtf8(consent.body);
    const QString csrf = detail::htmlUnescape(
        QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]*)\"")).match(page).captured(1));
    const QString action = detail::htmlUnescape(
        QRegularExpression(QStringLiteral("action=\"([^\"]+)\"")).match(page).captured(1));
    if (csrf.isEmpty() || action.isEmpty())
        return fail(QStringLiteral("the consent page has no form"), consent);
    const HttpReply answered =
        browser.postForm(loginUrl.resolved(QUrl(action)),
                         {{QStringLiteral("csrf"), csrf}, {QStringLiteral("decision"), decision}});
    if (answered.status != 200)
        return fail(QStringLiteral("the consent was not taken"), answered);
    return true;
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

} // namespace mws::test
