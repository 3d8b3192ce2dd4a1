// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What a sign-in leaves behind over time: how Raven's `life` bounds what the panel grants
// (docs/panel-config.md, "Raven sessions"), and the replay cache pruned once its entries can no
// longer match a fresh answer. The real panel, answers forged with a key it trusts.
#include "apitestbase.h"
#include "ravensigner.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace mws::test;
using mws::raven::RavenSigner;
using mws::raven::WlsFields;

namespace {

const QString forgeKid = QStringLiteral("77");

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestRavenSession : public QObject
{
    Q_OBJECT

private:
    ApiFixture m_fixture;
    std::optional<RavenSigner> m_forger;
    QTemporaryDir m_keyDir;
    HttpClient m_app;
    QString m_staffToken;

    PanelProcess &panel() { return m_fixture.panel(); }

    struct Started
    {
        QJsonObject flow;
        std::unique_ptr<HttpClient> browser = std::make_unique<HttpClient>();
        QString params;
    };

    // A sign-in (or, with a staff token, staff mode) taken as far as the redirect to the WLS.
    Started startFlow(const QString &staffToken = {})
    {
        Started started;
        const QJsonObject body{{QStringLiteral("clientName"), QStringLiteral("session test")}};
        const HttpReply reply =
            staffToken.isEmpty()
                ? m_app.sendJson("POST", panel().url(QStringLiteral("/api/v1/login/flows")), body)
                : m_app.sendJson("POST", panel().url(QStringLiteral("/api/v1/me/elevation")), body,
                                 staffToken);
        if (reply.status != 201)
            qFatal("flow not started: %d %s", reply.status, reply.body.constData());
        started.flow = reply.json();
        const HttpReply toWls =
            started.browser->send("GET", QUrl(started.flow.value(QStringLiteral("loginUrl")).toString()));
        started.params = QUrlQuery(QUrl(QString::fromLatin1(toWls.header("Location"))))
                             .queryItemValue(QStringLiteral("params"), QUrl::FullyDecoded);
        return started;
    }

    // Raven's answer for test0001, who has just typed their password, with a WLS session of life.
    HttpReply answer(Started &started, std::optional<qint64> life)
    {
        WlsFields fields;
        fields.issue = QDateTime::currentDateTimeUtc();
        fields.id = QString::number(QRandomGenerator::global()->generate64());
        fields.url = panel().url(QStringLiteral("/login/callback")).toString();
        fields.principal = QStringLiteral("test0001");
        fields.ptags = {QStringLiteral("current")};
        fields.auth = QStringLiteral("pwd");
        fields.life = life;
        fields.params = started.params;
        fields.kid = forgeKid;
        const auto response = m_forger->signedResponse(fields);
        QUrl url = panel().url(QStringLiteral("/login/callback"));
        url.setQuery(QStringLiteral("WLS-Response=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(response.ok() ? *response : QString())));
        return started.browser->send("GET", url);
    }

    // Allows access on the consent page, then collects the token: the poll's answer.
    HttpReply consentAndPoll(Started &started, const HttpReply &consentPage)
    {
        const QString page = QString::fromUtf8(consentPage.body);
        const QString csrf =
            QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\"")).match(page).captured(1);
        const QString action =
            QRegularExpression(QStringLiteral("action=\"([^\"]+)\"")).match(page).captured(1);
        const HttpReply consented = started.browser->postForm(
            panel().url(action),
            {{QStringLiteral("csrf"), csrf}, {QStringLiteral("decision"), QStringLiteral("allow")}});
        if (consented.status != 200)
            return consented;
        return poll(started);
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
        // Housekeeping every 200 ms instead of every minute, so that pruning is seen here.
        options.environment.insert(QStringLiteral("MWS_PANELD_HOUSEKEEPING_MS"), QStringLiteral("200"));
        QString error;
        QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
        m_staffToken = signIn(m_app, panel(), QStringLiteral("test0001"), &error);
        QVERIFY2(!m_staffToken.isEmpty(), qPrintable(error));
    }

    // A device's token is the person's grant to that device, not a Raven session: it lasts the
    // panel's token lifetime even when Raven's session ends at once.
    void aDeviceTokenIsNotBoundByTheRavenSession()
    {
        Started started = startFlow();
        const HttpReply consent = answer(started, 0);
        QCOMPARE(consent.status, 200);
        const HttpReply polled = consentAndPoll(started, consent);
        QCOMPARE(polled.status, 200);
        const QDateTime expires = timeOf(polled.json().value(QStringLiteral("expiresAt")));
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(89));
        QVERIFY(polled.json().value(QStringLiteral("elevatedUntil")).isNull());
    }

    // Staff mode rests on the fresh Raven sign-in, so it ends when that Raven session does.
    void staffModeEndsWithTheRavenSession()
    {
        Started started = startFlow(m_staffToken);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpReply consent = answer(started, 120);
        QCOMPARE(consent.status, 200);
        const HttpReply polled = consentAndPoll(started, consent);
        QCOMPARE(polled.status, 200);
        const QDateTime until = timeOf(polled.json().value(QStringLiteral("elevatedUntil")));
        QVERIFY2(until <= before.addSecs(121) && until > QDateTime::currentDateTimeUtc(),
                 polled.body.constData());
        QCOMPARE(timeOf(polled.json().value(QStringLiteral("expiresAt"))), until);
        const QString elevated = polled.json().value(QStringLiteral("token")).toString();
        QVERIFY(m_app.getJson(panel().url(QStringLiteral("/api/v1/me")), elevated)
                    .json()
                    .value(QStringLiteral("elevated"))
                    .toBool());

        // A long Raven session leaves staff mode at its own 15 minutes.
        Started longer = startFlow(m_staffToken);
        const HttpReply longConsent = answer(longer, 36000);
        const HttpReply longPoll = consentAndPoll(longer, longConsent);
        QCOMPARE(longPoll.status, 200);
        const QDateTime longUntil = timeOf(longPoll.json().value(QStringLiteral("elevatedUntil")));
        QVERIFY(longUntil > before.addSecs(14 * 60) &&
                longUntil <= QDateTime::currentDateTimeUtc().addSecs(15 * 60));
    }

    void staffModeIsRefusedWhenTheRavenSessionIsOver()
    {
        Started started = startFlow(m_staffToken);
        const HttpReply page = answer(started, 0);
        QCOMPARE(page.status, 403);
        QVERIFY(!page.body.contains("name=\"csrf\""));
        const HttpReply polled = poll(started);
        QCOMPARE(polled.status, 403);
        QVERIFY2(
            polled.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("Raven session")),
            polled.body.constData());
    }

    // An answer accepted long ago can no longer pass the time check, so the panel forgets it;
    // one accepted just now is kept, or it could be replayed.
    void theReplayCacheIsPrunedOnATimer()
    {
        auto opened = m_fixture.openStore();
        QVERIFY(opened);
        mws::store::Store &store = opened->store();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime longAgo = now.addDays(-1);
        const QString id = QString::number(QRandomGenerator::global()->generate64());
        QVERIFY(store.rememberRavenResponse(longAgo, id, longAgo).ok());
        QVERIFY(store.rememberRavenResponse(now, id, now).ok());
        QVERIFY(!store.rememberRavenResponse(longAgo, id, longAgo).ok());
        // Remembering the old one again succeeds only once the panel has pruned it (once: QTRY
        // evaluates its condition again at the end).
        bool pruned = false;
        QTRY_VERIFY_WITH_TIMEOUT(pruned = pruned || store.rememberRavenResponse(longAgo, id, longAgo).ok(),
                                 10000);
        QVERIFY(!store.rememberRavenResponse(now, id, now).ok());
    }
};

QTEST_GUILESS_MAIN(TestRavenSession)
#include "tst_ravensession.moc"
