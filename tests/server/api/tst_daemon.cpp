// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// mws-paneld as an operator sees it: HTTPS with its certificate, structured logs without
// secrets, secrets at rest only as hashes, and a clean stop on SIGTERM.
#include "apitestbase.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <csignal>

using namespace mws::test;

class TestDaemon : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        PanelProcess::Options options;
        options.tls = true;
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
    }

    void servesHttpsWithItsCertificate()
    {
        HttpClient pinned;
        pinned.trustOnly(m_fixture.panel().certificatePath());
        const HttpReply health = pinned.getJson(m_fixture.panel().url(QStringLiteral("/api/v1/health")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        // A client that does not trust the certificate gets no answer, and neither does plain HTTP.
        HttpClient unpinned;
        const HttpReply refused = unpinned.getJson(m_fixture.panel().url(QStringLiteral("/api/v1/health")));
        QCOMPARE(refused.status, 0);
        QVERIFY(!refused.error.isEmpty());
        QUrl plain = m_fixture.panel().url(QStringLiteral("/api/v1/health"));
        plain.setScheme(QStringLiteral("http"));
        QVERIFY(unpinned.getJson(plain).status != 200);
    }

    void theLoginCookieIsSecureOverHttps()
    {
        HttpClient pinned;
        pinned.trustOnly(m_fixture.panel().certificatePath());
        const HttpReply flow =
            pinned.sendJson("POST", m_fixture.panel().url(QStringLiteral("/api/v1/login/flows")),
                            {{QStringLiteral("clientName"), QStringLiteral("tls test")}});
        QCOMPARE(flow.status, 201);
        QVERIFY(
            flow.json().value(QStringLiteral("loginUrl")).toString().startsWith(QLatin1String("https://")));
        const HttpReply toWls =
            pinned.send("GET", QUrl(flow.json().value(QStringLiteral("loginUrl")).toString()));
        QCOMPARE(toWls.status, 303);
        const QByteArray cookie = toWls.header("Set-Cookie");
        QVERIFY2(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
                 cookie.constData());
        // The WLS is sent the configured callback, not something derived from the request.
        QVERIFY(QUrl::fromPercentEncoding(toWls.header("Location"))
                    .contains(m_fixture.panel().url(QStringLiteral("/login/callback")).toString()));
    }

    void logsAreJsonLinesWithoutQueryStrings()
    {
        HttpClient pinned;
        pinned.trustOnly(m_fixture.panel().certificatePath());
        pinned.getJson(
            m_fixture.panel().url(QStringLiteral("/login/callback?WLS-Response=3!200!secret-looking")));
        QTest::qWait(200);
        const QByteArray log = m_fixture.panel().process().readAllStandardError();
        bool sawRequest = false;
        for (const QByteArray &line : log.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QVERIFY(entry.contains(QStringLiteral("time")) && entry.contains(QStringLiteral("level")));
            sawRequest |=
                entry.value(QStringLiteral("category")).toString() == QLatin1String("mws.paneld.requests") &&
                entry.value(QStringLiteral("message")).toString().contains(QLatin1String("/login/callback"));
        }
        QVERIFY(sawRequest);
        QVERIFY(!log.contains("secret-looking"));
    }

    // A whole sign-in, each hop by hand so that every secret on the way is seen, then the log
    // searched for each of them.
    void aSignInLeavesNoSecretInTheLog()
    {
        HttpClient app;
        app.trustOnly(m_fixture.panel().certificatePath());
        HttpClient browser;
        browser.trustLike(app);
        m_fixture.panel().process().readAllStandardError(); // only this test's lines below
        const QJsonObject flow =
            app.sendJson("POST", m_fixture.panel().url(QStringLiteral("/api/v1/login/flows")),
                         {{QStringLiteral("clientName"), QStringLiteral("log test")}})
                .json();
        const QUrl loginUrl(flow.value(QStringLiteral("loginUrl")).toString());
        const QString loginToken = loginUrl.path().section(QLatin1Char('/'), -1);
        const QString pollToken = flow.value(QStringLiteral("pollToken")).toString();
        QVERIFY(loginToken.startsWith(QLatin1String("lf_")) && !pollToken.isEmpty());

        const QUrl wlsUrl(QString::fromLatin1(browser.send("GET", loginUrl).header("Location")));
        const QString params = QUrlQuery(wlsUrl).queryItemValue(QStringLiteral("params"), QUrl::FullyDecoded);
        const QString nonce = params.section(QLatin1Char('.'), 1);
        QVERIFY(!nonce.isEmpty());
        QList<std::pair<QString, QString>> fields;
        for (const auto &[name, value] : QUrlQuery(wlsUrl).queryItems(QUrl::FullyDecoded))
            fields.append({name, value});
        fields.append({QStringLiteral("userid"), QStringLiteral("test0043")});
        fields.append({QStringLiteral("pwd"), QStringLiteral("test")});
        QUrl submit = wlsUrl;
        submit.setPath(QStringLiteral("/auth/authenticate2.html"));
        submit.setQuery(QString());
        const QUrl callback(QString::fromLatin1(browser.postForm(submit, fields).header("Location")));
        const QString wlsResponse =
            QUrlQuery(callback).queryItemValue(QStringLiteral("WLS-Response"), QUrl::FullyDecoded);
        const QString signature = wlsResponse.section(QLatin1Char('!'), -1);
        const HttpReply consent = browser.send("GET", callback);
        QCOMPARE(consent.status, 200);
        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
                                 .match(QString::fromUtf8(consent.body))
                                 .captured(1);
        QVERIFY(!csrf.isEmpty());
        QCOMPARE(browser
                     .postForm(QUrl(loginUrl.toString() + QStringLiteral("/consent")),
                               {{QStringLiteral("csrf"), csrf},
                                {QStringLiteral("decision"), QStringLiteral("allow")}})
                     .status,
                 200);
        const HttpReply polled = app.sendJson("POST", QUrl(flow.value(QStringLiteral("pollUrl")).toString()),
                                              {{QStringLiteral("pollToken"), pollToken}});
        QCOMPARE(polled.status, 200);
        const QString token = polled.json().value(QStringLiteral("token")).toString();
        QCOMPARE(app.getJson(m_fixture.panel().url(QStringLiteral("/api/v1/me")), token).status, 200);
        // A secret where no route expects one is not logged either.
        QCOMPARE(app.getJson(m_fixture.panel().url(QStringLiteral("/api/v1/") + token)).status, 404);
        QCOMPARE(browser.send("GET", loginUrl).status, 404); // collected: the link leads nowhere now

        QTest::qWait(200);
        const QByteArray log = m_fixture.panel().process().readAllStandardError();
        QVERIFY2(log.contains("/login/flow/") && log.contains("/login/callback"), log.constData());
        const QString secrets[] = {loginToken, pollToken, nonce, csrf, token, wlsResponse, signature};
        for (const QString &secret : secrets) {
            QVERIFY(secret.size() >= 20);
            QVERIFY2(!log.contains(secret.toLatin1()),
                     qPrintable(QStringLiteral("%1… is in the log").arg(secret.left(6))));
        }
    }

    void secretsAreStoredOnlyAsHashes()
    {
        if (m_fixture.onPostgres())
            QSKIP("reads the SQLite file; the PostgreSQL store keeps the same columns");
        ApiFixture plain;
        QString error;
        QVERIFY2(plain.start({}, &error), qPrintable(error));
        HttpClient app;
        const QString token = signIn(app, plain.panel(), QStringLiteral("test0042"), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const HttpReply flow = app.sendJson("POST", plain.panel().url(QStringLiteral("/api/v1/login/flows")),
                                            {{QStringLiteral("clientName"), QStringLiteral("x")}});
        const QString pollToken = flow.json().value(QStringLiteral("pollToken")).toString();
        const QString loginToken =
            flow.json().value(QStringLiteral("loginUrl")).toString().section(QLatin1Char('/'), -1);
        plain.panel().stop(); // so the WAL is folded into the file
        QByteArray stored;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(plain.panel().databasePath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.size() > 1000);
        QVERIFY(stored.contains("test0042"));
        for (const QString &secret : {token, pollToken, loginToken})
            QVERIFY2(!stored.contains(secret.toLatin1()), qPrintable(secret.left(8)));
    }

    void stopsCleanlyOnSigterm()
    {
        QProcess &process = m_fixture.panel().process();
        QVERIFY(process.state() == QProcess::Running);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("shutting down"));
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
