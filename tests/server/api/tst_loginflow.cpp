// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Raven login flow end to end over HTTP: the real panel, the real test WLS, and responses
// forged with a key the panel trusts, for every way a response can be wrong (raven.md §4).
#include "apitestbase.h"
#include "ravensigner.h"
#include "wlsresponse.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace mws::test;
using mws::raven::RavenSigner;
using mws::raven::WlsFields;

namespace {

const QString forgeKid = QStringLiteral("77");

} // namespace

class TestLoginFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_keyDir; // the forger's public key, read by the panel at every start
    ApiFixture m_fixture;
    std::optional<RavenSigner> m_forger;
    HttpClient m_app;

    PanelProcess &panel() { return m_fixture.panel(); }

    struct Started
    {
        QJsonObject flow;
        std::unique_ptr<HttpClient> browser = std::make_unique<HttpClient>();
        QString params; // what the panel sent to the WLS, from the redirect
    };

    // Starts a flow and takes the browser as far as the redirect to the WLS.
    Started startFlow()
    {
        Started started;
        const HttpReply reply =
            m_app.sendJson("POST", panel().url(QStringLiteral("/api/v1/login/flows")),
                           {{QStringLiteral("clientName"), QStringLiteral("forge test")}});
        if (reply.status != 201)
            qFatal("flow not started: %d %s", reply.status, reply.body.constData());
        started.flow = reply.json();
        const HttpReply toWls =
            started.browser->send("GET", QUrl(started.flow.value(QStringLiteral("loginUrl")).toString()));
        started.params = QUrlQuery(QUrl(QString::fromLatin1(toWls.header("Location"))))
                             .queryItemValue(QStringLiteral("params"), QUrl::FullyDecoded);
        return started;
    }

    WlsFields validFields(const Started &started)
    {
        WlsFields fields;
        fields.issue = QDateTime::currentDateTimeUtc();
        fields.id = QString::number(QRandomGenerator::global()->generate64());
        fields.url = panel().url(QStringLiteral("/login/callback")).toString();
        fields.principal = QStringLiteral("test0002");
        fields.ptags = {QStringLiteral("current")};
        fields.auth = QStringLiteral("pwd");
        fields.params = started.params;
        fields.kid = forgeKid;
        return fields;
    }

    HttpReply callback(Started &started, const QString &response)
    {
        QUrl url = panel().url(QStringLiteral("/login/callback"));
        url.setQuery(QStringLiteral("WLS-Response=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(response)));
        return started.browser->send("GET", url);
    }

    HttpReply poll(const Started &started)
    {
        return m_app.sendJson(
            "POST", QUrl(started.flow.value(QStringLiteral("pollUrl")).toString()),
            {{QStringLiteral("pollToken"), started.flow.value(QStringLiteral("pollToken"))}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto forger = RavenSigner::generate();
        QVERIFY(forger.ok());
        m_forger = std::move(forger).value();
        QFile key(m_keyDir.filePath(QStringLiteral("forge.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(m_forger->publicKeyPem());
        key.close();
        PanelProcess::Options options;
        options.staff = {QStringLiteral("test0001")};
        options.extraKeys.insert(forgeKid, key.fileName());
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        qInfo("store: %s", m_fixture.onPostgres() ? "postgres" : "sqlite");
    }

    void signInThroughTheTestWls()
    {
        QString error;
        const QString token = signIn(m_app, panel(), QStringLiteral("test0003"), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QVERIFY(token.startsWith(QLatin1String("mws_")));
        QVERIFY(token.size() >= 40);

        const HttpReply me = m_app.getJson(panel().url(QStringLiteral("/api/v1/me")), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("crsid")).toString(), QStringLiteral("test0003"));
        QCOMPARE(me.json().value(QStringLiteral("staff")).toBool(), false);

        const HttpReply tokens = m_app.getJson(panel().url(QStringLiteral("/api/v1/me/tokens")), token);
        QCOMPARE(tokens.status, 200);
        const QJsonArray items = tokens.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("tests"));
        QVERIFY(items.first().toObject().value(QStringLiteral("current")).toBool());
        // The secret is never listed, nor its hash.
        QVERIFY(!tokens.body.contains(token.toLatin1()));
    }

    void theTokenIsHandedOutOnce()
    {
        Started started = startFlow();
        QCOMPARE(poll(started).status, 202); // nothing happened in the browser yet
        auto response = m_forger->signedResponse(validFields(started));
        QVERIFY(response.ok());
        const HttpReply consent = callback(started, *response);
        QCOMPARE(consent.status, 200);
        QVERIFY(consent.body.contains("test0002"));
        QVERIFY(consent.body.contains("forge test"));
        QCOMPARE(poll(started).status, 202); // verified but not yet consented

        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
                                 .match(QString::fromUtf8(consent.body))
                                 .captured(1);
        const QString action = QRegularExpression(QStringLiteral("action=\"([^\"]+)\""))
                                   .match(QString::fromUtf8(consent.body))
                                   .captured(1);
        // Without the CSRF token, and from a browser without the cookie, consent is refused.
        QCOMPARE(started.browser
                     ->postForm(panel().url(action), {{QStringLiteral("decision"), QStringLiteral("allow")}})
                     .status,
                 403);
        HttpClient stranger;
        QCOMPARE(stranger
                     .postForm(panel().url(action), {{QStringLiteral("csrf"), csrf},
                                                     {QStringLiteral("decision"), QStringLiteral("allow")}})
                     .status,
                 403);
        QCOMPARE(started.browser
                     ->postForm(panel().url(action), {{QStringLiteral("csrf"), csrf},
                                                      {QStringLiteral("decision"), QStringLiteral("allow")}})
                     .status,
                 200);

        const HttpReply first = poll(started);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json().value(QStringLiteral("token")).toString().isEmpty());
        QCOMPARE(first.json().value(QStringLiteral("crsid")).toString(), QStringLiteral("test0002"));
        const HttpReply second = poll(started);
        QCOMPARE(second.status, 404);
        QCOMPARE(second.header("Content-Type"), QByteArray("application/problem+json"));
    }

    void deniedConsentGivesNoToken()
    {
        Started started = startFlow();
        auto response = m_forger->signedResponse(validFields(started));
        QVERIFY(response.ok());
        const HttpReply consent = callback(started, *response);
        QCOMPARE(consent.status, 200);
        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
                                 .match(QString::fromUtf8(consent.body))
                                 .captured(1);
        const QString action = QRegularExpression(QStringLiteral("action=\"([^\"]+)\""))
                                   .match(QString::fromUtf8(consent.body))
                                   .captured(1);
        QCOMPARE(started.browser
                     ->postForm(panel().url(action), {{QStringLiteral("csrf"), csrf},
                                                      {QStringLiteral("decision"), QStringLiteral("deny")}})
                     .status,
                 200);
        const HttpReply polled = poll(started);
        QCOMPARE(polled.status, 403);
        QVERIFY(polled.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("denied")));
    }

    void badResponsesAreRefused_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("detailPattern");
        QTest::newRow("bad signature") << QStringLiteral("tamper") << QString();
        QTest::newRow("unsigned 200") << QStringLiteral("unsigned") << QString();
        QTest::newRow("unknown kid") << QStringLiteral("kid:55") << QString();
        QTest::newRow("ill-formed kid 012") << QStringLiteral("kid:012") << QString();
        QTest::newRow("ill-formed kid ../1") << QStringLiteral("kid:../1") << QString();
        QTest::newRow("kid with a trailing newline")
            << QStringLiteral("kid:901\n") << QStringLiteral("invalid key");
        QTest::newRow("unknown kid with a trailing newline")
            << QStringLiteral("kid:4242\n") << QStringLiteral("invalid key");
        QTest::newRow("empty id") << QStringLiteral("id") << QStringLiteral("response id");
        QTest::newRow("stale issue") << QStringLiteral("issue:-600") << QString();
        QTest::newRow("future issue") << QStringLiteral("issue:600") << QString();
        QTest::newRow("wrong url") << QStringLiteral("url") << QString();
        QTest::newRow("wrong params") << QStringLiteral("params") << QString();
        QTest::newRow("status 410") << QStringLiteral("status:410") << QStringLiteral("cancel");
        QTest::newRow("status 530") << QStringLiteral("status:530") << QString();
        QTest::newRow("status 540") << QStringLiteral("status:540") << QString();
        QTest::newRow("not current") << QStringLiteral("ptags") << QString();
        QTest::newRow("version 2") << QStringLiteral("ver:2") << QString();
    }

    void badResponsesAreRefused()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, detailPattern);
        Started started = startFlow();
        WlsFields fields = validFields(started);
        const QString argument = mutation.section(QLatin1Char(':'), 1);
        bool sign = true;
        if (mutation.startsWith(QLatin1String("kid")))
            fields.kid = argument;
        else if (mutation.startsWith(QLatin1String("issue")))
            fields.issue = fields.issue.addSecs(argument.toInt());
        else if (mutation == QLatin1String("url"))
            fields.url = QStringLiteral("https://elsewhere.example/login/callback");
        else if (mutation == QLatin1String("params"))
            fields.params = started.params + QStringLiteral("x");
        else if (mutation == QLatin1String("id"))
            fields.id.clear();
        else if (mutation == QLatin1String("ptags"))
            fields.ptags.clear();
        else if (mutation.startsWith(QLatin1String("ver")))
            fields.ver = argument.toInt();
        else if (mutation.startsWith(QLatin1String("status"))) {
            fields.status = argument.toInt();
            fields.principal.clear();
            fields.auth.clear();
            fields.ptags.clear();
            sign = false;
        } else if (mutation == QLatin1String("unsigned"))
            sign = false;
        QString response;
        if (sign) {
            auto signedResponse = m_forger->signedResponse(fields);
            QVERIFY(signedResponse.ok());
            response = *signedResponse;
        } else {
            fields.kid.clear();
            fields.sig.clear();
            response = mws::raven::WlsResponse::compose(fields);
        }
        if (mutation == QLatin1String("tamper"))
            response.replace(QStringLiteral("test0002"), QStringLiteral("test0009"));

        const HttpReply page = callback(started, response);
        QCOMPARE(page.status, 403);
        QVERIFY(!page.body.contains("name=\"csrf\""));
        // What failed validation is not repeated to the browser.
        if (argument.contains(QLatin1Char('\n')))
            QVERIFY2(!page.body.contains(argument.trimmed().toLatin1()), page.body.constData());
        const HttpReply polled = poll(started);
        QCOMPARE(polled.status, 403);
        if (!detailPattern.isEmpty())
            QVERIFY2(polled.json()
                         .value(QStringLiteral("detail"))
                         .toString()
                         .contains(detailPattern, Qt::CaseInsensitive),
                     polled.body.constData());
    }

    void aReplayedResponseIsRefused()
    {
        Started first = startFlow();
        WlsFields fields = validFields(first);
        auto response = m_forger->signedResponse(fields);
        QVERIFY(response.ok());
        QCOMPARE(callback(first, *response).status, 200);

        // The same (issue, id), signed again for a second flow so that everything else checks out.
        Started second = startFlow();
        fields.params = second.params;
        auto replayed = m_forger->signedResponse(fields);
        QVERIFY(replayed.ok());
        const HttpReply page = callback(second, *replayed);
        QCOMPARE(page.status, 403);
        QVERIFY(page.body.contains("already used"));
        QCOMPARE(poll(second).status, 403);
    }

    void aCallbackWithoutTheCookieIsRefused()
    {
        Started started = startFlow();
        auto response = m_forger->signedResponse(validFields(started));
        QVERIFY(response.ok());
        HttpClient otherBrowser;
        QUrl url = panel().url(QStringLiteral("/login/callback"));
        url.setQuery(QStringLiteral("WLS-Response=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(*response)));
        QCOMPARE(otherBrowser.send("GET", url).status, 400);
        QCOMPARE(poll(started).status, 202);
    }

    void cancelAtTheWlsEndsTheFlow()
    {
        Started started = startFlow();
        // Opening the link again while the sign-in is pending starts the browser part afresh
        // (a closed tab is no dead end); the new nonce replaces the old one.
        const HttpReply toWls =
            started.browser->send("GET", QUrl(started.flow.value(QStringLiteral("loginUrl")).toString()));
        QCOMPARE(toWls.status, 303);
        started.params = QUrlQuery(QUrl(QString::fromLatin1(toWls.header("Location"))))
                             .queryItemValue(QStringLiteral("params"), QUrl::FullyDecoded);
        // Go to the WLS with the first redirect's parameters and press Cancel there.
        QUrl wls = m_fixture.wls().authenticateUrl();
        wls.setPath(QStringLiteral("/auth/authenticate2.html"));
        const HttpReply cancelled = started.browser->postForm(
            wls, {{QStringLiteral("ver"), QStringLiteral("3")},
                  {QStringLiteral("url"), panel().url(QStringLiteral("/login/callback")).toString()},
                  {QStringLiteral("params"), started.params},
                  {QStringLiteral("cancel"), QStringLiteral("Cancel")}});
        QCOMPARE(cancelled.status, 303);
        const HttpReply page =
            started.browser->send("GET", QUrl(QString::fromLatin1(cancelled.header("Location"))));
        QCOMPARE(page.status, 403);
        const HttpReply polled = poll(started);
        QCOMPARE(polled.status, 403);
        QVERIFY2(polled.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("cancel"), Qt::CaseInsensitive),
                 polled.body.constData());
    }

    void aUserWhoIsNotCurrentCannotSignIn()
    {
        QString error;
        QVERIFY(signIn(m_app, panel(), QStringLiteral("test0500"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("callback refused")), qPrintable(error));
    }

    void staffModeNeedsAFreshLoginByTheSamePerson()
    {
        QString error;
        const QString staffToken = signIn(m_app, panel(), QStringLiteral("test0001"), &error);
        QVERIFY2(!staffToken.isEmpty(), qPrintable(error));
        QCOMPARE(m_app.getJson(panel().url(QStringLiteral("/api/v1/audit")), staffToken).status, 403);

        const QString elevated = signIn(m_app, panel(), QStringLiteral("test0001"), &error, staffToken);
        QVERIFY2(!elevated.isEmpty(), qPrintable(error));
        const HttpReply me = m_app.getJson(panel().url(QStringLiteral("/api/v1/me")), elevated);
        QVERIFY(me.json().value(QStringLiteral("elevated")).toBool());
        const HttpReply audit =
            m_app.getJson(panel().url(QStringLiteral("/api/v1/audit?action=staff.elevate")), elevated);
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.json().value(QStringLiteral("total")).toInt() >= 1);

        // Someone else at the WLS cannot complete a staff member's elevation.
        QVERIFY(signIn(m_app, panel(), QStringLiteral("test0004"), &error, staffToken).isEmpty());
        // And non-staff have no staff mode at all.
        const QString plain = signIn(m_app, panel(), QStringLiteral("test0004"), &error);
        QVERIFY(!plain.isEmpty());
        QCOMPARE(m_app
                     .sendJson("POST", panel().url(QStringLiteral("/api/v1/me/elevation")),
                               {{QStringLiteral("clientName"), QStringLiteral("x")}}, plain)
                     .status,
                 403);
    }

    void signingOutRevokesTheToken()
    {
        QString error;
        const QString token = signIn(m_app, panel(), QStringLiteral("test0005"), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QCOMPARE(m_app
                     .send("DELETE", panel().url(QStringLiteral("/api/v1/me/tokens/current")), {},
                           {{"Authorization", "Bearer " + token.toLatin1()}})
                     .status,
                 204);
        const HttpReply after = m_app.getJson(panel().url(QStringLiteral("/api/v1/me")), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(m_app
                     .getJson(panel().url(QStringLiteral("/api/v1/me")),
                              QStringLiteral("mws_not-a-real-token-at-all"))
                     .status,
                 401);
    }

    void tooManySignInsSayWhatAndWhenToRetry()
    {
        ApiFixture limited; // a panel of its own: the limit is per address, and all tests are 127.0.0.1
        QString error;
        QVERIFY2(limited.start({}, &error), qPrintable(error));
        const QUrl flows = limited.panel().url(QStringLiteral("/api/v1/login/flows"));
        HttpReply reply;
        for (int started = 0; started <= 30 && reply.status != 429; ++started)
            reply = m_app.sendJson("POST", flows, {{QStringLiteral("clientName"), QStringLiteral("busy")}});
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject problem = reply.json();
        QCOMPARE(problem.value(QStringLiteral("title")).toString(), QStringLiteral("Too many requests"));
        bool isNumber = false;
        const int retryAfter = reply.header("Retry-After").toInt(&isNumber);
        QVERIFY2(isNumber && retryAfter >= 1 && retryAfter <= 60, reply.header("Retry-After").constData());
        const QString detail = problem.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QLatin1String("sign-ins")) &&
                     detail.contains(QStringLiteral("%1 second").arg(retryAfter)),
                 qPrintable(detail));
    }

    void anExpiredFlowIsGone()
    {
        ApiFixture shortLived;
        PanelProcess::Options options;
        options.loginFlowSeconds = 2;
        QString error;
        QVERIFY2(shortLived.start(options, &error), qPrintable(error));
        const HttpReply started =
            m_app.sendJson("POST", shortLived.panel().url(QStringLiteral("/api/v1/login/flows")),
                           {{QStringLiteral("clientName"), QStringLiteral("slow")}});
        QCOMPARE(started.status, 201);
        QTest::qWait(2500);
        HttpClient browser;
        QCOMPARE(
            browser.send("GET", QUrl(started.json().value(QStringLiteral("loginUrl")).toString())).status,
            410);
        const HttpReply polled = m_app.sendJson(
            "POST", QUrl(started.json().value(QStringLiteral("pollUrl")).toString()),
            {{QStringLiteral("pollToken"), started.json().value(QStringLiteral("pollToken"))}});
        QCOMPARE(polled.status, 410);
    }
};

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
