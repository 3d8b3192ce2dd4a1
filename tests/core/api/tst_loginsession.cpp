// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// LoginSession, the desktop half of the Raven sign-in (raven.md §4), against the real panel and
// test WLS: a sign-in, staff mode, a refusal, expiry, cancelling, and a panel that goes away.
#include "apitestbase.h"
#include "clienttest.h"

#include <QSignalSpy>

using namespace mws;
using namespace mws::test;
using namespace std::chrono_literals;
using auth::LoginSession;

namespace {

// A session with its signals recorded.
struct Watched
{
    explicit Watched(api::PanelClient *client, LoginSession::Purpose purpose = LoginSession::Purpose::SignIn)
        : session(client, QStringLiteral("login tests"), purpose)
    {
        QObject::connect(&session, &LoginSession::openBrowser, &session,
                         [this](const QUrl &url) { opened.append(url); });
        QObject::connect(&session, &LoginSession::stateChanged, &session,
                         [this](LoginSession::State state) { states.append(state); });
        QObject::connect(&session, &LoginSession::succeeded, &session,
                         [this](const LoginSession::Success &done) { success = done; });
        QObject::connect(&session, &LoginSession::failed, &session,
                         [this](const Error &error) { failure = error; });
    }

    bool waitForBrowser()
    {
        return QTest::qWaitFor([this] { return !opened.isEmpty() || failure; }, 20000) && !failure;
    }

    LoginSession session;
    QList<QUrl> opened;
    QList<LoginSession::State> states;
    std::optional<LoginSession::Success> success;
    std::optional<Error> failure;
};

} // namespace

class TestLoginSession : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    ApiFixture m_shortFlows; // sign-in flows expire after two seconds

    std::unique_ptr<api::PanelClient> newClient(ApiFixture &fixture, const QString &token = {})
    {
        auto client =
            std::make_unique<api::PanelClient>(api::PanelEndpoint{fixture.panel().url(QString()), {}});
        client->setToken(token);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0100")};
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        PanelProcess::Options shortOptions;
        shortOptions.loginFlowSeconds = 2;
        QVERIFY2(m_shortFlows.start(shortOptions, &error), qPrintable(error));
    }

    void aSignInHandsOverAToken()
    {
        auto client = newClient(m_fixture);
        Watched watched(client.get());
        QCOMPARE(watched.session.state(), LoginSession::State::Idle);
        watched.session.start();
        QCOMPARE(watched.session.state(), LoginSession::State::Starting);
        QVERIFY(watched.waitForBrowser());
        QCOMPARE(watched.session.state(), LoginSession::State::WaitingForBrowser);
        QCOMPARE(watched.opened.size(), 1);
        const QUrl loginUrl = watched.opened.first();
        QCOMPARE(watched.session.loginUrl(), loginUrl);
        QVERIFY2(
            loginUrl.toString().startsWith(m_fixture.panel().url(QStringLiteral("/login/flow/")).toString()),
            qPrintable(loginUrl.toString()));

        // The panel keeps it pending until the browser is done: polls go on meanwhile.
        QTest::qWait(2500);
        QVERIFY(!watched.success && !watched.failure);

        QString error;
        QVERIFY2(browseToConsent(loginUrl, QStringLiteral("test0101"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(watched.success || watched.failure, 10000);
        QVERIFY2(watched.success, qPrintable(describe(watched.failure)));
        QCOMPARE(watched.session.state(), LoginSession::State::Succeeded);
        QCOMPARE(watched.states, (QList<LoginSession::State>{LoginSession::State::Starting,
                                                             LoginSession::State::WaitingForBrowser,
                                                             LoginSession::State::Succeeded}));
        QCOMPARE(watched.opened.size(), 1);
        QCOMPARE(watched.success->tokenInfo.crsid, QStringLiteral("test0101"));
        QCOMPARE(watched.success->tokenInfo.name, QStringLiteral("login tests"));
        QVERIFY(!watched.success->tokenInfo.isElevated(QDateTime::currentDateTimeUtc()));

        client->setToken(watched.success->token);
        const auto me = await(client->me());
        QVERIFY2(me.ok(), qPrintable(describe(me)));
        QCOMPARE(me->user.crsid, QStringLiteral("test0101"));
        QCOMPARE(me->tokenId, watched.success->tokenInfo.id);
    }

    void staffModeIsAFreshSignInOnTopOfOne()
    {
        auto client = newClient(m_fixture);
        QString error;
        const auto signedIn = signInWithSession(*client, QStringLiteral("test0100"), &error);
        QVERIFY2(signedIn, qPrintable(error));
        client->setToken(signedIn->token);
        QVERIFY(!await(client->me())->elevated);

        Watched watched(client.get(), LoginSession::Purpose::StaffMode);
        watched.session.start();
        QVERIFY(watched.waitForBrowser());
        QVERIFY2(browseToConsent(watched.opened.first(), QStringLiteral("test0100"), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(watched.success || watched.failure, 10000);
        QVERIFY2(watched.success, qPrintable(describe(watched.failure)));
        QVERIFY(watched.success->token != signedIn->token);
        QVERIFY(watched.success->tokenInfo.isElevated(QDateTime::currentDateTimeUtc()));

        client->setToken(watched.success->token);
        const auto me = await(client->me());
        QVERIFY2(me.ok(), qPrintable(describe(me)));
        QVERIFY(me->elevated);
        QVERIFY(me->elevatedUntil > QDateTime::currentDateTimeUtc());
    }

    void staffModeNeedsASignInFirst()
    {
        auto client = newClient(m_fixture);
        Watched watched(client.get(), LoginSession::Purpose::StaffMode);
        watched.session.start();
        QVERIFY(watched.failure);
        QCOMPARE(watched.failure->kind, Error::Kind::Unauthenticated);
        QCOMPARE(watched.session.state(), LoginSession::State::Failed);
        QVERIFY(watched.opened.isEmpty());
    }

    void staffModeIsRefusedToOthers()
    {
        auto client = newClient(m_fixture);
        QString error;
        const auto signedIn = signInWithSession(*client, QStringLiteral("test0102"), &error);
        QVERIFY2(signedIn, qPrintable(error));
        client->setToken(signedIn->token);
        Watched watched(client.get(), LoginSession::Purpose::StaffMode);
        watched.session.start();
        QTRY_VERIFY_WITH_TIMEOUT(watched.failure, 10000);
        QCOMPARE(watched.failure->kind, Error::Kind::Forbidden);
        QCOMPARE(watched.failure->httpStatus, 403);
        QVERIFY(watched.opened.isEmpty());
    }

    void aRefusedConsentFailsTheSignIn()
    {
        auto client = newClient(m_fixture);
        Watched watched(client.get());
        watched.session.start();
        QVERIFY(watched.waitForBrowser());
        QString error;
        QVERIFY2(browseToConsent(watched.opened.first(), QStringLiteral("test0101"), &error,
                                 QStringLiteral("deny")),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(watched.success || watched.failure, 10000);
        QVERIFY(!watched.success);
        QCOMPARE(watched.failure->kind, Error::Kind::Forbidden);
        QVERIFY(!watched.failure->message.isEmpty());
        QCOMPARE(watched.session.state(), LoginSession::State::Failed);
    }

    void anExpiredFlowFails()
    {
        auto client = newClient(m_shortFlows);
        Watched watched(client.get());
        watched.session.start();
        QVERIFY(watched.waitForBrowser());
        QTRY_VERIFY_WITH_TIMEOUT(watched.failure, 10000);
        QVERIFY(!watched.success);
        QCOMPARE(watched.failure->kind, Error::Kind::NotFound);
        QCOMPARE(watched.failure->httpStatus, 410);
        QVERIFY2(watched.failure->message.contains(QLatin1String("expired")),
                 qPrintable(watched.failure->message));
        QCOMPARE(watched.session.state(), LoginSession::State::Failed);

        // The link is dead for the browser too.
        QString error;
        QVERIFY(!browseToConsent(watched.opened.first(), QStringLiteral("test0101"), &error));
    }

    void cancellingStopsPolling()
    {
        auto client = newClient(m_fixture);
        Watched watched(client.get());
        watched.session.start();
        QVERIFY(watched.waitForBrowser());
        watched.session.cancel();
        QCOMPARE(watched.session.state(), LoginSession::State::Cancelled);
        QCOMPARE(watched.states.last(), LoginSession::State::Cancelled);

        // The user signs in after all: nobody is polling any more, so no token is collected.
        QString error;
        QVERIFY2(browseToConsent(watched.opened.first(), QStringLiteral("test0101"), &error),
                 qPrintable(error));
        QTest::qWait(5000);
        QVERIFY(!watched.success);
        QVERIFY(!watched.failure);
        QCOMPARE(watched.session.state(), LoginSession::State::Cancelled);

        // A cancelled session can start again.
        watched.session.start();
        QTRY_COMPARE(watched.opened.size(), 2);
        QVERIFY(watched.opened.last() != watched.opened.first());
        QCOMPARE(watched.session.state(), LoginSession::State::WaitingForBrowser);
        watched.session.cancel();
    }

    void cancellingWhileStartingAbortsTheStart()
    {
        auto client = newClient(m_fixture);
        Watched watched(client.get());
        PanelPause pause(m_fixture.panel());
        watched.session.start();
        QTest::qWait(200);
        watched.session.cancel();
        pause.resume();
        QTest::qWait(500);
        QVERIFY(watched.opened.isEmpty());
        QCOMPARE(watched.session.state(), LoginSession::State::Cancelled);
    }

    void aPanelThatComesBackIsWaitedFor()
    {
        auto client = newClient(m_fixture);
        Watched watched(client.get());
        watched.session.start();
        QVERIFY(watched.waitForBrowser());
        m_fixture.panel().kill();
        QTest::qWait(3000); // a poll or two fail meanwhile
        QVERIFY(!watched.failure);
        QString error;
        QVERIFY2(m_fixture.panel().restart(&error), qPrintable(error));
        QVERIFY2(browseToConsent(watched.opened.first(), QStringLiteral("test0103"), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(watched.success || watched.failure, 20000);
        QVERIFY2(watched.success, qPrintable(describe(watched.failure)));
        QCOMPARE(watched.success->tokenInfo.crsid, QStringLiteral("test0103"));
    }

    void aPanelThatStaysAwayIsGivenUp()
    {
        auto client = newClient(m_shortFlows);
        client->setRetries(1, 100ms);
        Watched watched(client.get());
        watched.session.start();
        QVERIFY(watched.waitForBrowser());
        m_shortFlows.panel().kill();
        // Given up once the flow would have expired, not after minutes of back-off.
        QTRY_VERIFY_WITH_TIMEOUT(watched.failure, 10000);
        QCOMPARE(watched.failure->kind, Error::Kind::Network);
        QVERIFY(!watched.failure->message.isEmpty());
        QCOMPARE(watched.session.state(), LoginSession::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestLoginSession)
#include "tst_loginsession.moc"
